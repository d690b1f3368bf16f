import type { LitElement, ReactiveController, TemplateResult } from 'lit'
import type { Conversation, Message, TrackingView } from '@porchlight/shared'
import { callApi } from '../../../api/call-api.ts'
import type { TrackingController } from '../../../controllers/tracking-controller.ts'
import { emit, type TrackingErrorCode } from '../../../events/porchlight-events.ts'
import type { Localization } from '../../../i18n/index.ts'
import { joinStyles } from '../../../styles/join-styles.ts'
import { panelControls } from '../../../styles/panel-controls.ts'
import type { Panel } from '../disclosure.ts'
import { styles } from './chat-panel.styles.ts'
import { renderChat } from './chat-view.ts'
import { latestFromOthers, merge, upsert } from './conversation.ts'

/** Why the latest message was not sent. */
export interface SendFailure {
  readonly code: TrackingErrorCode
  readonly retryAfter?: number | undefined
}

// setTimeout's longest delay; a chat that closes later is looked at again then.
const MAX_TIMER_MS = 2 ** 31 - 1

/**
 * The conversation with the driver or support: fetched each time the panel opens, then kept
 * current from the live stream. A message sent shows at once as "Sending…" and is replaced by
 * the server's copy, whichever of the answer and the stream's copy comes first. While the panel
 * is open and the page visible, the other side's latest message is marked read.
 */
export class ChatPanel implements Panel, ReactiveController {
  messages: readonly Message[] = []
  /** Undefined until the first answer. */
  state: Pick<Conversation, 'open' | 'closesAt'> | 'failed' | undefined
  /** Sent, not yet confirmed: shown after the messages. */
  pending: ReadonlyArray<{ readonly key: number; readonly body: string }> = []
  draft = ''
  failure: SendFailure | undefined
  readonly host: LitElement
  private readonly tracking: TrackingController
  private open = false
  private sends = 0
  /** The message last marked read, so each is marked once. */
  private marked: string | undefined
  private closing: ReturnType<typeof setTimeout> | undefined

  constructor(host: LitElement, tracking: TrackingController) {
    this.host = host
    this.tracking = tracking
    // The tracker's own styles were adopted before this chunk arrived: the chat's join them.
    joinStyles(host, panelControls)
    joinStyles(host, styles)
    host.addController(this)
  }

  get hasMessages(): boolean {
    return this.messages.length > 0
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.markRead)
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.markRead)
    clearTimeout(this.closing)
  }

  dispose(): void {
    this.hostDisconnected()
    this.host.removeController(this)
  }

  /** Each time the panel opens: the conversation afresh, in case the stream missed anything. */
  opened(): void {
    this.open = true
    this.failure = undefined
    void this.load()
  }

  closed(): void {
    this.open = false
  }

  render(view: TrackingView, l: Localization): TemplateResult {
    return renderChat(this, view, l)
  }

  async load(): Promise<void> {
    const url = this.tracking.viewUrl
    if (this.state === 'failed') this.state = undefined
    this.host.requestUpdate()
    const answer = await callApi<Conversation>(`${url}/messages`)
    if (url !== this.tracking.viewUrl) return
    if (answer.ok) {
      const { messages, open, closesAt } = answer.body
      this.messages = merge(messages, this.messages)
      this.state = { open, closesAt }
      this.closeAt(open ? closesAt : null)
      this.changed()
    } else if (this.state === undefined) {
      // A failed refresh leaves the conversation on show as it was.
      this.state = 'failed'
    }
    this.host.requestUpdate()
  }

  /** A message from the stream. */
  receive(message: Message): void {
    if (message.author === 'shopper' && !this.messages.some(({ id }) => id === message.id)) {
      // The stream's copy of a message being sent can beat the answer to it: one copy only.
      const same = this.pending.findIndex(({ body }) => body === message.body)
      if (same >= 0) this.pending = this.pending.toSpliced(same, 1)
    }
    this.messages = upsert(this.messages, message)
    this.changed()
  }

  /** `typed`: from the text field, which is emptied, and filled again if the send fails. */
  async send(text: string, typed: boolean): Promise<void> {
    const body = text.trim()
    const url = this.tracking.viewUrl
    if (!body || !url) return
    const key = ++this.sends
    this.pending = [...this.pending, { key, body }]
    if (typed) this.draft = ''
    this.failure = undefined
    this.changed()
    const answer = await callApi<Message>(`${url}/messages`, 'POST', { body })
    if (url !== this.tracking.viewUrl) return
    this.pending = this.pending.filter((sent) => sent.key !== key)
    if (answer.ok) {
      this.messages = upsert(this.messages, answer.body)
      emit(this.host, 'porchlight-message-sent', {})
    } else {
      // Kept to send again, unless the shopper has started another meanwhile.
      if (typed && !this.draft) this.draft = text
      this.failure = { code: answer.code, retryAfter: answer.retryAfter }
      if (answer.code === 'chat_closed' && this.state && this.state !== 'failed') {
        this.state = { ...this.state, open: false }
      }
      // The view's capabilities say whether the shopper may write at all; they changed.
      if (answer.code === 'chat_closed' || answer.code === 'option_disabled') this.tracking.reload()
    }
    this.changed()
  }

  /** After the messages changed: mark them read if seen, and show the latest. */
  private changed(): void {
    this.markRead()
    this.host.requestUpdate()
    void this.host.updateComplete.then(() => {
      const list = this.host.renderRoot.querySelector('#chat-messages')
      if (list) list.scrollTop = list.scrollHeight
    })
  }

  private readonly markRead = (): void => {
    const latest = latestFromOthers(this.messages)
    const url = this.tracking.viewUrl
    if (!this.open || document.visibilityState !== 'visible' || !latest || !url) return
    if (latest.readAt || latest.id === this.marked) return
    const { id } = latest
    this.marked = id
    void callApi(`${url}/messages/read`, 'POST', { upTo: id }).then((answer) => {
      // Tried again with the next message, or the next time the page is shown.
      if (!answer.ok && this.marked === id) this.marked = undefined
    })
  }

  /** An open chat of a finished delivery closes by itself: say so then, without a load. */
  private closeAt(closesAt: string | null): void {
    clearTimeout(this.closing)
    if (!closesAt) return
    const delay = Math.min(Date.parse(closesAt) - Date.now(), MAX_TIMER_MS)
    this.closing = setTimeout(() => {
      if (delay === MAX_TIMER_MS) return this.closeAt(closesAt)
      if (this.state && this.state !== 'failed') this.state = { ...this.state, open: false }
      // The view's `capabilities.chat` turns false too, which lets the tracker close its stream.
      this.tracking.reload()
    }, Math.max(delay, 0))
  }
}
