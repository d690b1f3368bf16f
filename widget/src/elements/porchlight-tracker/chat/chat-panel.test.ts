import { aTimeout, expect, waitUntil } from '@open-wc/testing'
import '../../../index.ts'
import {
  chatting,
  deliveredNewYork,
  earlierMessages,
} from '../../../../test/fixtures/conversation.js'
import { inTransitNewYork } from '../../../../test/fixtures/tracking-views.js'
import { chatInput, chatShown, messagesShown, openChat } from '../../../../test/chat-panel.ts'
import { press, typeText } from '../../../../test/keyboard.ts'
import { trackerOf } from '../../../../test/manage-panel.ts'
import { callsTo, conversing } from '../../../../test/mock-conversation.ts'
import { part, parts, readable } from '../../../../test/tracker.ts'

const closedAfterDelivery = {
  ...deliveredNewYork,
  capabilities: { ...deliveredNewYork.capabilities, chat: false },
}

describe('<porchlight-tracker> chat', () => {
  it('offers no chat where the shop does not and there is no conversation', async () => {
    const token = await conversing('no-chat', { view: inTransitNewYork })
    const tracker = await trackerOf(token)
    // The tracker looks for a conversation the view does not mention, and finds none.
    await waitUntil(async () => (await callsTo(token, 'GET', 'messages')).length === 1, 'never asked')
    await aTimeout(50)
    expect(part(tracker, 'chat-button')).to.equal(null)
    expect(part(tracker, 'chat-panel')).to.equal(null)
  })

  it('is a disclosure, and asks for nothing before it is opened', async () => {
    const token = await conversing('disclosure', { view: chatting, messages: earlierMessages })
    const tracker = await trackerOf(token)
    const button = part(tracker, 'chat-button')!
    expect(button.tagName).to.equal('BUTTON')
    expect(readable(button)).to.equal('Chat')
    expect(button.getAttribute('aria-expanded')).to.equal('false')
    expect(button.getAttribute('aria-controls')).to.equal('chat-panel')
    expect(part(tracker, 'chat-panel')?.hidden).to.equal(true)
    expect(await callsTo(token)).to.deep.equal([])

    const panel = await openChat(tracker)
    expect(button.getAttribute('aria-expanded')).to.equal('true')
    expect(tracker.shadowRoot!.activeElement).to.equal(panel)
    await press('Escape')
    await waitUntil(() => panel.hidden, 'Escape did not close the chat')
    expect(tracker.shadowRoot!.activeElement).to.equal(button)
  })

  it('lists messages oldest first: who, when on the address’s clock, "Read" on the shopper’s', async () => {
    const token = await conversing('list', { view: chatting, messages: earlierMessages })
    const tracker = await trackerOf(token)
    await openChat(tracker)
    expect(part(tracker, 'chat-messages')?.getAttribute('aria-label')).to.equal('Messages')
    // 14:12 UTC is 09:12 in New York (and 23:12 in the browser's Tokyo).
    expect(messagesShown(tracker)).to.deep.equal([
      'Driver Sat 14 Nov, 09:12 Is there a safe place?',
      'You Sat 14 Nov, 09:14 Read The porch, please',
    ])
    expect(readable(part(tracker, 'chat-input')?.closest('label'))).to.equal('Your message')
    expect(chatInput(tracker).maxLength).to.equal(1000)
    expect(parts(tracker, 'quick-reply').map(readable)).to.deep.equal([
      'I’m home',
      'Leave it with a neighbour',
      'Running late?',
    ])
  })

  it('shows a closed conversation, read-only, where the shop no longer takes messages', async () => {
    const token = await conversing('closed', {
      view: closedAfterDelivery,
      messages: earlierMessages,
      open: false,
      closesAt: '2026-11-22T19:05:00Z',
    })
    const tracker = await trackerOf(token)
    await waitUntil(() => part(tracker, 'chat-button'), 'no chat for a past conversation')
    await openChat(tracker)
    expect(messagesShown(tracker)).to.have.length(2)
    expect(readable(part(tracker, 'chat-status'))).to.equal('This conversation is closed.')
    expect(part(tracker, 'chat-input')).to.equal(null)
    expect(parts(tracker, 'quick-reply')).to.deep.equal([])
  })

  it('says until when a delivered parcel’s chat stays open, on the address’s clock', async () => {
    const closesAt = new Date(Date.now() + 3_600_000).toISOString()
    const token = await conversing('closing', { view: deliveredNewYork, closesAt })
    const tracker = await trackerOf(token)
    await openChat(tracker)
    const time = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'America/New_York',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(closesAt))
    // An hour from now may be tomorrow in New York: then the day is named as well.
    expect(readable(part(tracker, 'chat-status'))).to.match(
      new RegExp(`^Chat closes at (\\w{3} \\d{1,2} \\w{3}, )?${time}$`),
    )
    expect(part(tracker, 'chat-input')).to.not.equal(null)
  })

  it('can be used with the keyboard alone', async () => {
    const token = await conversing('keyboard', { view: chatting })
    const tracker = await trackerOf(token)
    const focused = () => tracker.shadowRoot!.activeElement
    part(tracker, 'chat-button')!.focus()
    await press('Enter')
    await waitUntil(() => chatShown(tracker), 'Enter did not open the chat')
    expect(focused()).to.equal(part(tracker, 'chat-panel'))

    await press('Tab')
    expect(focused()).to.equal(chatInput(tracker))
    await typeText('Ring twice')
    await press('Tab')
    expect(focused()).to.equal(part(tracker, 'chat-send'))
    await press('Enter')
    await waitUntil(async () => (await callsTo(token, 'POST', 'messages')).length === 1, 'not sent')
    expect((await callsTo(token, 'POST', 'messages'))[0]?.body).to.deep.equal({ body: 'Ring twice' })

    await press('Escape')
    await waitUntil(() => part(tracker, 'chat-panel')?.hidden, 'Escape did not close the chat')
    expect(focused()).to.equal(part(tracker, 'chat-button'))
  })

  it('has targets of at least 24 by 24 pixels', async () => {
    const tracker = await trackerOf(await conversing('targets', { view: chatting }))
    await openChat(tracker)
    for (const name of ['chat-button', 'chat-input', 'chat-send', 'quick-reply']) {
      const { width, height } = part(tracker, name)!.getBoundingClientRect()
      expect(Math.min(width, height), name).to.be.at.least(24)
    }
  })
})
