import { aTimeout, expect, waitUntil } from '@open-wc/testing'
import '../../../index.ts'
import { chatting, earlierMessages } from '../../../../test/fixtures/conversation.js'
import {
  announced,
  messagesShown,
  openChat,
  sendMessage,
} from '../../../../test/chat-panel.ts'
import { trackerOf } from '../../../../test/manage-panel.ts'
import { streamLog } from '../../../../test/mock-api.ts'
import { callsTo, conversing, readByShop, replyAs } from '../../../../test/mock-conversation.ts'
import { part, readable } from '../../../../test/tracker.ts'
import type { PorchlightTracker } from '../porchlight-tracker.ts'

/** A tracker whose stream is open, of a conversation with the messages of `earlierMessages`. */
async function liveChat(name: string) {
  const token = await conversing(name, { view: chatting, messages: earlierMessages })
  const tracker = await trackerOf(token)
  await waitUntil(async () => (await streamLog(token)).open === 1, 'the stream never opened')
  return { token, tracker }
}

const marked = async (token: string) =>
  (await callsTo(token, 'POST', 'messages/read')).map(({ body }) => body)

/** The id the mock API gave the latest message. */
async function latestId(token: string): Promise<string> {
  const response = await fetch(`/v1/track/${encodeURIComponent(token)}/messages`)
  const { messages } = (await response.json()) as { messages: Array<{ id: string }> }
  return messages.at(-1)!.id
}

const shows = (tracker: PorchlightTracker, count: number) =>
  waitUntil(() => messagesShown(tracker).length === count, `never showed ${count} messages`)

describe('<porchlight-tracker> chat: live', () => {
  it('shows a reply at once while open, reads it out, and marks it read', async () => {
    const { token, tracker } = await liveChat('reply-open')
    await openChat(tracker)
    await replyAs(token, 'driver', 'I’m outside with your parcel')
    await shows(tracker, 3)
    expect(messagesShown(tracker)[2]).to.match(/^Driver \d\d:\d\d I’m outside with your parcel$/)
    expect(announced(tracker)).to.equal('Driver: I’m outside with your parcel')
    const id = await latestId(token)
    await waitUntil(async () => (await marked(token)).length === 1, 'not marked read')
    expect(await marked(token)).to.deep.equal([{ upTo: id }])
    // Read once: the read copy that comes back on the stream is not read out or marked again.
    await aTimeout(200)
    expect(await marked(token)).to.have.length(1)
    expect(part(tracker, 'chat-badge')).to.equal(null)
  })

  it('counts replies on the button while closed, and clears the count on opening', async () => {
    const { token, tracker } = await liveChat('reply-closed')
    await replyAs(token, 'support', 'Your parcel is on the next van')
    await replyAs(token, 'driver', 'Running ten minutes late')
    const badge = (selector: string) =>
      part(tracker, 'chat-badge')?.querySelector(selector)?.textContent ?? ''
    // The count is shown; the words are what a screen reader reads, in the button's name.
    await waitUntil(() => badge('.visually-hidden') === '2 unread messages', 'no badge for two')
    expect(badge('[aria-hidden="true"]')).to.equal('2')
    expect(announced(tracker)).to.equal('Driver: Running ten minutes late')
    expect(await marked(token), 'nothing is read while closed').to.deep.equal([])

    await openChat(tracker)
    expect(part(tracker, 'chat-badge')).to.equal(null)
    expect(messagesShown(tracker).slice(2)).to.have.length(2)
    const id = await latestId(token)
    await waitUntil(async () => (await marked(token)).length === 1, 'not marked read on opening')
    expect(await marked(token)).to.deep.equal([{ upTo: id }])
  })

  it('shows "Read" on the shopper’s message once the other side has read it', async () => {
    const { token, tracker } = await liveChat('read-receipt')
    await openChat(tracker)
    sendMessage(tracker, 'Side door, please')
    await waitUntil(() => /^You \d\d:\d\d Side door, please$/.test(messagesShown(tracker)[2] ?? ''))
    await readByShop(token)
    await waitUntil(() => messagesShown(tracker)[2]?.includes('Read'), '"Read" never showed')
    expect(messagesShown(tracker)[2]).to.match(/^You \d\d:\d\d Read Side door, please$/)
    expect(messagesShown(tracker)).to.have.length(3)
  })

  it('shows a conversation that starts on the stream where the shop does not take messages', async () => {
    const view = { ...chatting, capabilities: { ...chatting.capabilities, chat: false } }
    const token = await conversing('shop-starts', { view })
    const tracker = await trackerOf(token)
    await waitUntil(async () => (await streamLog(token)).open === 1, 'the stream never opened')
    expect(part(tracker, 'chat-button')).to.equal(null)
    await replyAs(token, 'support', 'Your parcel was damaged in transit; a new one is on its way.')
    await waitUntil(() => part(tracker, 'chat-button'), 'no chat for a conversation the shop began')
    await openChat(tracker)
    expect(readable(part(tracker, 'chat-status'))).to.equal('Replies aren’t available for this delivery.')
    expect(part(tracker, 'chat-input')).to.equal(null)
  })
})
