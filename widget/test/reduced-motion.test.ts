import { expect, waitUntil } from '@open-wc/testing'
import type { Message } from '@porchlight/shared'
import '../src/index.ts'
import { openChat } from './chat-panel.ts'
import { chatting } from './fixtures/conversation.js'
import { streamLog } from './mock-api.ts'
import { conversing, replyAs } from './mock-conversation.ts'
import { emulateMedia } from './runner-command.ts'
import { STATES } from './states/index.ts'
import { mount } from './states/mount.ts'
import { part, settled } from './tracker.ts'

// The two states that move: the skeleton's bones and the dot before "Reconnecting…" pulse.
const MOVING = STATES.filter(({ name }) => name === 'loading' || name.endsWith('reconnecting'))

/** Enough messages from the driver that the list scrolls. */
const many: Message[] = Array.from({ length: 12 }, (_, i) => ({
  id: `msg_${i}`,
  author: 'driver',
  body: `Stop ${i + 1} done`,
  createdAt: new Date(Date.now() - (12 - i) * 60_000).toISOString(),
  readAt: new Date().toISOString(),
}))

describe('<porchlight-tracker> prefers-reduced-motion', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }))

  it('covers both states that move', () => {
    expect(MOVING).to.have.length(2)
  })

  for (const state of MOVING) {
    it(`${state.name}: nothing moves when the shopper asks for less motion`, async () => {
      await emulateMedia({ reducedMotion: 'reduce' })
      const tracker = await state.show('light')
      expect(part(tracker, 'root')!.getAnimations({ subtree: true })).to.deep.equal([])
    })

    it(`${state.name}: pulses otherwise`, async () => {
      const tracker = await state.show('light')
      const running = part(tracker, 'root')!.getAnimations({ subtree: true })
      expect(running.map(({ playState }) => playState)).to.include('running')
    })
  }

  it('the chat jumps to a new message, without smooth scrolling, when asked for less motion', async () => {
    await emulateMedia({ reducedMotion: 'reduce' })
    const token = await conversing('still-chat', { view: chatting, messages: many })
    const tracker = await settled(mount('light', { token }))
    await waitUntil(async () => (await streamLog(token)).open === 1, 'the stream never opened')
    await openChat(tracker)
    const list = part(tracker, 'chat-messages')!
    expect(list.scrollHeight, 'the list scrolls').to.be.above(list.clientHeight)
    expect(getComputedStyle(list).scrollBehavior).to.equal('auto')

    await replyAs(token, 'driver', 'At your door')
    await waitUntil(() => list.textContent?.includes('At your door'), 'no reply')
    await tracker.updateComplete
    expect(list.scrollTop + list.clientHeight, 'at the newest at once').to.be.closeTo(
      list.scrollHeight,
      1,
    )
  })
})
