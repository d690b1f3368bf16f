import { expect } from '@open-wc/testing'
import type { Message } from '@porchlight/shared'
import { latestFromOthers, merge, upsert } from './conversation.ts'

const message = (id: string, minute: number, overrides: Partial<Message> = {}): Message => ({
  id,
  author: 'driver',
  body: id,
  createdAt: `2026-11-21T14:${String(minute).padStart(2, '0')}:00Z`,
  readAt: null,
  ...overrides,
})

describe('a conversation', () => {
  it('shows a message once however many times it comes, with the latest news of it', () => {
    const sent = message('m1', 1, { author: 'shopper' })
    const read = { ...sent, readAt: '2026-11-21T14:05:00Z' }
    expect(upsert(upsert([sent], sent), read)).to.deep.equal([read])
    // An older copy arriving after the read one does not make it unread again.
    expect(upsert([read], sent)).to.deep.equal([read])
  })

  it('puts a new message last, in the order the server sent them', () => {
    const ids = (messages: Message[]) => messages.map(({ id }) => id)
    expect(ids(upsert([message('m1', 1), message('m2', 2)], message('m3', 3)))).to.deep.equal([
      'm1',
      'm2',
      'm3',
    ])
  })

  it('keeps what the stream brought while the conversation was being fetched', () => {
    const fetched = [message('m1', 1)]
    const known = [message('m1', 1, { readAt: '2026-11-21T14:04:00Z' }), message('m2', 2)]
    expect(merge(fetched, known)).to.deep.equal(known)
  })

  it('finds the latest message the driver or support wrote', () => {
    const latest = message('m2', 2, { author: 'support' })
    expect(latestFromOthers([message('m1', 1), latest, message('m3', 3, { author: 'shopper' })])).to.equal(
      latest,
    )
    expect(latestFromOthers([message('m3', 3, { author: 'shopper' })])).to.equal(undefined)
  })
})
