import { expect, oneEvent, waitUntil } from '@open-wc/testing'
import '../../../index.ts'
import { chatting } from '../../../../test/fixtures/conversation.js'
import {
  chatAlert,
  chatInput,
  messagesShown,
  openChat,
  sendMessage,
} from '../../../../test/chat-panel.ts'
import { trackerOf } from '../../../../test/manage-panel.ts'
import { callsTo, conversing, scriptConversation } from '../../../../test/mock-conversation.ts'
import { part, parts, readable } from '../../../../test/tracker.ts'
import type { PorchlightTracker } from '../porchlight-tracker.ts'

async function chatOf(name: string) {
  const token = await conversing(name, { view: chatting })
  const tracker = await trackerOf(token)
  await openChat(tracker)
  return { token, tracker }
}

/** Whether the one message on show is confirmed by the server. */
const confirmed = (tracker: PorchlightTracker) =>
  messagesShown(tracker).length === 1 && !messagesShown(tracker)[0]!.includes('Sending…')

const sent = async (token: string) =>
  (await callsTo(token, 'POST', 'messages')).map(({ body }) => body)

describe('<porchlight-tracker> chat: sending', () => {
  it('sends the text, shows it at once, and once only though the stream brings it too', async () => {
    const { token, tracker } = await chatOf('send')
    await scriptConversation(token, 'messages', [{ status: 201, delayMs: 300 }])
    const fired = oneEvent(tracker, 'porchlight-message-sent')
    sendMessage(tracker, '  Please ring the bell  ')
    await tracker.updateComplete
    expect(messagesShown(tracker), 'before the server answers').to.deep.equal([
      'You Sending… Please ring the bell',
    ])
    expect(chatInput(tracker).value).to.equal('')

    expect((await fired).detail).to.deep.equal({})
    expect(await sent(token)).to.deep.equal([{ body: 'Please ring the bell' }])
    await waitUntil(() => !messagesShown(tracker).some((text) => text.includes('Sending…')))
    expect(messagesShown(tracker)).to.have.length(1)
    expect(messagesShown(tracker)[0]).to.match(/^You \d\d:\d\d Please ring the bell$/)
  })

  it('sends a quick reply’s text at a press', async () => {
    const { token, tracker } = await chatOf('quick')
    parts(tracker, 'quick-reply')[0]!.click()
    await waitUntil(async () => (await sent(token)).length === 1, 'nothing was sent')
    expect(await sent(token)).to.deep.equal([{ body: 'I’m home' }])
    await waitUntil(() => confirmed(tracker), 'never confirmed')
    expect(messagesShown(tracker)[0]).to.match(/I’m home$/)
  })

  it('shows what looks like markup as the characters it is', async () => {
    const { tracker } = await chatOf('markup')
    const body = '<img src=x onerror="document.title=\'owned\'"><b>bold</b>'
    sendMessage(tracker, body)
    await waitUntil(() => confirmed(tracker), 'never confirmed')
    const shown = part(tracker, 'chat-message')!.querySelector('.body')!
    expect(shown.textContent).to.equal(body)
    expect(tracker.shadowRoot!.querySelector('img, b')).to.equal(null)
    expect(document.title).to.not.equal('owned')
  })

  it('says how long to wait when sending too fast, and keeps the text', async () => {
    const { token, tracker } = await chatOf('too-fast')
    await scriptConversation(token, 'messages', [{ status: 429, code: 'rate_limited', retryAfter: 17 }])
    const fired: Event[] = []
    tracker.addEventListener('porchlight-message-sent', (event) => fired.push(event))
    sendMessage(tracker, 'Where are you?')
    expect(await chatAlert(tracker)).to.equal(
      'You’re sending messages too fast. Try again in 17 seconds.',
    )
    expect(chatInput(tracker).value).to.equal('Where are you?')
    expect(readable(part(tracker, 'chat-panel'))).to.contain('of 1,000 characters')
    expect(messagesShown(tracker)).to.deep.equal([])
    expect(fired).to.have.length(0)
  })

  it('keeps the text and says so when the connection fails', async () => {
    const { token, tracker } = await chatOf('offline')
    await scriptConversation(token, 'messages', [{ status: 0, drop: true }])
    sendMessage(tracker, 'Are you close?')
    expect(await chatAlert(tracker)).to.equal(
      'We couldn’t send your message. Check your connection and try again.',
    )
    expect(chatInput(tracker).value).to.equal('Are you close?')
    expect(messagesShown(tracker)).to.deep.equal([])
  })

  it('turns to the closed state when the conversation has closed meanwhile', async () => {
    const { token, tracker } = await chatOf('closed-meanwhile')
    await scriptConversation(token, 'messages', [{ status: 409, code: 'chat_closed' }])
    sendMessage(tracker, 'Thanks!')
    expect(await chatAlert(tracker)).to.equal(
      'Your message wasn’t sent: this conversation has closed.',
    )
    expect(readable(part(tracker, 'chat-status'))).to.equal('This conversation is closed.')
    expect(part(tracker, 'chat-input')).to.equal(null)
    expect(parts(tracker, 'quick-reply')).to.deep.equal([])
  })

  it('counts the characters typed, up to the limit', async () => {
    const { tracker } = await chatOf('counter')
    const input = chatInput(tracker)
    const counter = () =>
      readable(tracker.shadowRoot!.getElementById(input.getAttribute('aria-describedby')!))
    expect(counter()).to.equal('0 of 1,000 characters')
    input.value = 'On my way down'
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }))
    await tracker.updateComplete
    expect(counter()).to.equal('14 of 1,000 characters')
  })
})
