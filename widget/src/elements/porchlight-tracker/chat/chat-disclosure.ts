import { html, nothing, type LitElement, type TemplateResult } from 'lit'
import type { Conversation, Message, TrackingView } from '@porchlight/shared'
import type { TrackingController } from '../../../controllers/tracking-controller.ts'
import { plural, type Localization } from '../../../i18n/index.ts'
import type { ChatPanel } from './chat-panel.ts'
import { Disclosure } from '../disclosure.ts'

/**
 * The "Chat" button, with a badge for the driver's and support's messages that came while it was
 * closed, and the conversation it discloses. Shown while the shop offers chat, and wherever
 * there is a conversation to read (a closed one, or one the shop started where shoppers cannot
 * write): a past conversation is read-only.
 */
export class ChatDisclosure {
  private readonly host: LitElement
  private readonly tracking: TrackingController
  private readonly announce: (text: string) => void
  private readonly disclosure: Disclosure<ChatPanel>
  /** Unread messages of the other side heard of on the stream while closed, by id. */
  private readonly unread = new Set<string>()
  /** Messages exist, though the view does not offer chat. */
  private hasMessages = false
  /** The view URL whose conversation was looked for. */
  private probed: string | undefined

  /** `announce`: reads a new message out politely, open or not. */
  constructor(host: LitElement, tracking: TrackingController, announce: (text: string) => void) {
    this.host = host
    this.tracking = tracking
    this.announce = announce
    this.disclosure = new Disclosure(host, {
      name: 'chat',
      load: async () => {
        const { ChatPanel } = await import('./chat-panel.ts')
        return new ChatPanel(host, tracking)
      },
      onToggle: (open) => open && this.unread.clear(),
    })
  }

  /** For another shipment. */
  reset(): void {
    this.disclosure.reset()
    this.unread.clear()
    this.hasMessages = false
    this.probed = undefined
  }

  /**
   * Where the view does not offer chat, asks once whether there is a conversation anyway: the
   * view does not say, and a shopper coming back after delivery should find it.
   */
  viewed(view: TrackingView): void {
    const url = this.tracking.viewUrl
    if (view.capabilities.chat || this.hasMessages || !url || this.probed === url) return
    this.probed = url
    fetch(`${url}/messages`, { credentials: 'omit', cache: 'no-store' })
      .then((response) => (response.ok ? response.json() : undefined))
      .then((conversation: Partial<Conversation> | undefined) => {
        if (url !== this.tracking.viewUrl || !conversation?.messages?.length) return
        this.hasMessages = true
        this.host.requestUpdate()
      })
      // No button then, which is what the shopper saw before: nothing they asked for failed.
      .catch(() => undefined)
  }

  /** A message from the stream: new, or an update (read by the other side). */
  receive(message: Message, l: Localization): void {
    this.hasMessages = true
    // The other side's messages come unread once, when new; again only once read.
    if (message.author !== 'shopper' && !message.readAt) {
      this.announce(`${l.t.author[message.author]}: ${message.body}`)
      if (!this.disclosure.open) this.unread.add(message.id)
    } else {
      this.unread.delete(message.id)
    }
    this.disclosure.panel?.receive(message)
    this.host.requestUpdate()
  }

  render(view: TrackingView, l: Localization): TemplateResult | typeof nothing {
    const { open, panel } = this.disclosure
    if (!open && !view.capabilities.chat && !this.hasMessages && !panel?.hasMessages) {
      return nothing
    }
    const count = this.unread.size
    const label = count
      ? html`${l.t.chat}
          <span part="chat-badge">
            <span aria-hidden="true">${count}</span>
            <span class="visually-hidden">${plural(l, l.t.unread, count)}</span>
          </span>`
      : l.t.chat
    return this.disclosure.render(view, l, label)
  }
}
