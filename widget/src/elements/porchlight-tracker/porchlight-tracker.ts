import { LitElement, html, nothing, type TemplateResult } from 'lit'
import type { TrackingView } from '@porchlight/shared'
import { TrackingController } from '../../controllers/tracking-controller.ts'
import { emit } from '../../events/porchlight-events.ts'
import { etaFreshnessChangesAt } from '../../format/eta-freshness.ts'
import { localize, type Localization } from '../../i18n/index.ts'
import { LanguageController } from '../../i18n/language-controller.ts'
import { ChatDisclosure } from './chat/chat-disclosure.ts'
import { renderDelivery } from './delivery-view.ts'
import { FeedbackSlot } from './feedback/feedback-slot.ts'
import { FirstReveal } from './first-reveal.ts'
import { LazyPart } from './lazy-part.ts'
import { ManageDisclosure } from './manage/manage-disclosure.ts'
import type { PushConfig } from './push/push-control.ts'
import { PushSlot } from './push/push-slot.ts'
import { BrandSheet } from '../../styles/brand-sheet.ts'
import { styles } from './porchlight-tracker.styles.ts'

// widget.js is served by the Porchlight server itself, so its origin is the API's by default.
const SCRIPT_ORIGIN = new URL(import.meta.url).origin

// Re-checks an estimate's freshness at least this often: a timer set for a moment far ahead
// does not count the time a sleeping laptop spent asleep.
const FRESHNESS_CHECK_MAX_MS = 30_000

/**
 * Shows a shopper where their delivery is: its status, the arrival window and how many stops
 * away the driver is, all in the address's own time zone, and its history. Updates live from
 * the server's event stream; where streams do not get through, re-fetches every 30 s.
 *
 * Where the view's capabilities allow, "Manage delivery" opens a panel to choose another window
 * or a pickup point and to set a safe place, access needs and instructions. Its code is fetched
 * on first open, from `widget-manage-panel-<hash>.js` beside widget.js.
 *
 * "Chat" opens the conversation with the driver or support (`widget-chat-panel-<hash>.js`, on
 * first open): messages live from the stream, "Read" on the shopper's, quick replies, a badge
 * for the other side's messages that came while closed, and a closed conversation read-only.
 * Once delivered, "How did we do?" asks for a star rating, tags and a comment
 * (`widget-feedback-section-<hash>.js`, fetched when a view asks for feedback), editable until
 * the server's `editableUntil`.
 *
 * "Notify me" turns on web push notifications (out for delivery, a few stops away, running late,
 * delivered) while the shop sends them and the browser can take them
 * (`widget-notify-control-<hash>.js`, fetched then). Permission is asked for on its click only.
 * It registers the service worker named by `service-worker`: a one-line file the shop serves
 * from its own origin, `importScripts('https://porchlight.example/porchlight-sw.js')`. Where the
 * page's origin is the server's (the hosted page `/t/:token`), the server's own is used. It says
 * so when notifications are on, or blocked in the browser's settings; on an iPhone or iPad in the
 * browser it says to add the page to the Home Screen, the only place Web Push works there.
 *
 * With `publishable-key` and no `token`, a form asks for the order number and the postcode and
 * shows the delivery they find (`widget-lookup-form-<hash>.js`); the tab remembers it until it
 * closes, and "Find another delivery" goes back to the form.
 *
 * @example
 * <script type="module" src="https://porchlight.example/widget.js"></script>
 * <porchlight-tracker token="TRACKING_TOKEN"></porchlight-tracker>
 *
 * @example A shop page where shoppers look their delivery up, with notifications
 * <porchlight-tracker publishable-key="pk_…" service-worker="/porchlight-sw.js">
 * </porchlight-tracker>
 *
 * @attr token - The shipment's tracking token. Without one the tracker says there is nothing
 *   to show.
 * @attr api - Origin of the Porchlight server. Default: the origin `widget.js` was loaded from.
 * @attr locale - BCP 47 tag for text and dates. Default: the nearest `lang` on the page, then
 *   the browser's language. Languages without a translation fall back to English.
 * @attr publishable-key - The shop's publishable key. With no `token`: the lookup form.
 * @attr service-worker - URL of the shop's one-line service worker file, on the page's origin
 *   (e.g. `/porchlight-sw.js`). Without it, "Notify me" shows only on the server's own origin.
 *
 * @fires porchlight-ready - After the first successful load. `detail: { status }`
 * @fires porchlight-status-change - When the status changes after the first load, from the live
 *   stream or a re-fetch. `detail: { status }`
 * @fires porchlight-preferences-change - When the server has saved a change the shopper made in
 *   the panel. `detail: { kind }`: `window`, `pickupPoint`, `safePlace`, `accessNeeds` or
 *   `instructions`.
 * @fires porchlight-error - When a load fails and the shopper sees it. `detail: { code }`: the
 *   API's problem+json `code` (e.g. `not_found`), or `network_error`.
 * @fires porchlight-message-sent - When the server has taken a chat message the shopper sent.
 *   `detail: {}`
 * @fires porchlight-feedback - When the server has saved the shopper's feedback, first or
 *   changed. `detail: { rating }`
 *
 * @csspart root - The box around each state (loading, delivery, message, error).
 * @csspart header - Retailer and status.
 * @csspart status - The status heading; a polite live region.
 * @csspart reconnecting - "Reconnecting…", while the live stream has been lost for a while.
 * @csspart eta - The arrival window and stops away, or "Updating the arrival time…".
 * @csspart route-strip - The SVG line of stops between the driver and the shopper's door.
 * @csspart window - The promised delivery window and the address.
 * @csspart timeline - The list of delivery events, newest first.
 * @csspart timeline-item - One delivery event.
 * @csspart error - The not-found and could-not-load messages.
 * @csspart message - The no-tracking-code message.
 * @csspart button - The "Try again", "Manage delivery", "Chat", "Notify me", "Turn off", "Find
 *   my delivery" and "Find another delivery" buttons.
 * @csspart notify - "Notify me" and what it says: what will be sent, "Notifications on",
 *   blocked, or add to the Home Screen. Its status line is a polite live region.
 * @csspart notify-button - "Notify me" or "Turn off"; `aria-disabled="true"` while working.
 * @csspart notify-error - Why notifications were not turned on or off; an alert.
 * @csspart lookup - The lookup form (order number and postcode).
 * @csspart lookup-input - One of its fields; `aria-invalid="true"` when the server turned it down.
 * @csspart lookup-submit - "Find my delivery".
 * @csspart lookup-error - Why no delivery was found, or too many attempts; an alert.
 * @csspart lookup-again - "Find another delivery", under one found with the form.
 * @csspart manage-button - The "Manage delivery" button, which shows and hides the panel.
 * @csspart manage-panel - The panel of changes the shopper can make.
 * @csspart manage-section - One section of the panel: window, pickup point, safe place, access
 *   needs or instructions.
 * @csspart window-option - A delivery window to choose: `aria-pressed="true"` when chosen,
 *   disabled when full.
 * @csspart pickup-option - A pickup point to choose: `aria-pressed="true"` when chosen,
 *   disabled when full.
 * @csspart manage-action - The panel's other buttons: "Save", "Clear", "Deliver to my address
 *   instead", "Try again".
 * @csspart manage-error - Why a change was not saved; an alert.
 * @csspart chat-button - The "Chat" button, which shows and hides the conversation.
 * @csspart chat-badge - On the chat button: how many of the other side's messages are unread.
 * @csspart chat-panel - The conversation and the form to write.
 * @csspart chat-messages - The list of messages, oldest first; it scrolls.
 * @csspart chat-message - One message, with who wrote it and when; the shopper's have the
 *   class `mine`.
 * @csspart chat-status - "This conversation is closed.", "Chat closes at 14:00", or that the
 *   shop takes no replies.
 * @csspart chat-input - The message field.
 * @csspart chat-send - The "Send" button.
 * @csspart quick-reply - A ready-made reply, sent at a press.
 * @csspart chat-action - "Try again", when the conversation did not load.
 * @csspart chat-error - Why a message was not sent; an alert.
 * @csspart feedback - The "How did we do?" section.
 * @csspart feedback-star - One star of the rating (a label over its radio button); chosen
 *   ones and those before have the class `on`.
 * @csspart feedback-tag - One tag to tick (a label with its checkbox).
 * @csspart feedback-comment - The comment field.
 * @csspart feedback-submit - The "Send feedback" button.
 * @csspart feedback-action - "Cancel", while changing feedback already left.
 * @csspart feedback-edit - The "Edit" button, while feedback can still be changed.
 * @csspart feedback-case - That the shop has been told of a missing or damaged parcel.
 * @csspart feedback-error - Why feedback was not saved; an alert.
 *
 * @cssprop --porchlight-color-accent - Buttons and the latest event's marker. Default: the
 *   shop's brand colour from its settings (`branding`), else Porchlight's blue.
 * @cssprop --porchlight-color-text - Text.
 * @cssprop --porchlight-color-background - Background of the box; also the button's text.
 * @cssprop --porchlight-radius - Corner radius.
 * @cssprop --porchlight-font - Font family. Default: the system UI font.
 * @cssprop --porchlight-density - Spacing, as a factor from 0.5 (compact) to 1.5 (airy).
 *   Default: 1. Text and the controls' minimum sizes stay as they are.
 */
export class PorchlightTracker extends LitElement {
  static override properties = {
    token: {},
    api: {},
    locale: {},
    publishableKey: { attribute: 'publishable-key' },
    serviceWorker: { attribute: 'service-worker' },
    announcement: { state: true },
  }

  static override styles = styles

  declare token: string | null | undefined
  declare api: string | null | undefined
  declare locale: string | null | undefined
  declare publishableKey: string | null | undefined
  declare serviceWorker: string | null | undefined
  /**
   * Read out by a hidden polite live region: a delay, which the status heading does not show,
   * or a new chat message.
   */
  private declare announcement: string

  private freshnessTimer: ReturnType<typeof setTimeout> | undefined

  private readonly tracking = new TrackingController(this, {
    onView: (view, previous) => {
      this.chat.viewed(view)
      const { status } = view.shipment
      if (!previous) return emit(this, 'porchlight-ready', { status })
      if (previous.shipment.status !== status) {
        emit(this, 'porchlight-status-change', { status })
      }
      const delay = newDelay(view, previous)
      if (delay) {
        const { t } = this.localization() ?? localize(null)
        this.announcement = delay.note ? `${t.event.delay}: ${delay.note}` : t.event.delay
      }
    },
    onError: (code) => emit(this, 'porchlight-error', { code }),
    onMessage: (message) => this.chat.receive(message, this.localization() ?? localize(null)),
  })

  private readonly language = new LanguageController(this)
  private readonly reveal = new FirstReveal(this)
  private readonly brand = new BrandSheet(() => this.shadowRoot)
  private readonly manage = new ManageDisclosure(this, this.tracking)
  private readonly chat = new ChatDisclosure(this, this.tracking, (text) => {
    this.announcement = text
  })
  private readonly feedback = new FeedbackSlot(this, this.tracking)
  private readonly push = new PushSlot(this, this.tracking, () => this.pushConfig())
  // The form and what it found (in this tab) are one chunk, fetched where there is no token.
  private readonly lookup = new LazyPart(this, async () => {
    const { LookupForm } = await import('./lookup/lookup-form.ts')
    return new LookupForm(this)
  })

  constructor() {
    super()
    this.announcement = ''
  }

  /** Fetches the latest state now rather than at the next refresh. */
  refresh(): void {
    this.tracking.reload()
  }

  /**
   * Follows the token, or with none the delivery the lookup form found, which can change with
   * no property changing; `track` does nothing for the shipment it already follows.
   */
  protected override willUpdate(): void {
    const shown = this.tracking.viewUrl
    this.tracking.track(this.apiBase(), this.token || this.found()?.trackingToken || '')
    if (this.tracking.viewUrl === shown) return
    this.reveal.reset()
    this.manage.reset()
    this.chat.reset()
    this.feedback.reset()
    this.push.reset()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    clearTimeout(this.freshnessTimer)
  }

  protected override render(): TemplateResult {
    const l = this.localization()
    // Nothing in English first while the page's language is on its way: the skeleton holds.
    if (!l) return html`<div class="frame">${renderSkeleton()}</div>`
    const key = this.lookupKey()
    return html`<div class="frame" lang=${l.locale} dir=${l.dir}>
      ${this.renderState(l, key)} ${key ? this.lookup.value?.again(key, l) : nothing}
    </div>`
  }

  private renderState(l: Localization, key?: string): TemplateResult {
    const { state } = this.tracking
    switch (state.kind) {
      case 'no-token':
        if (!key) return html`<div part="root message"><p>${l.t.noToken}</p></div>`
        if (this.lookup.failed) return renderFailure(l, l.t.panelUnavailable)
        return this.lookup.get()?.render(this.apiBase(), key, l) ?? renderSkeleton(l)
      case 'loading':
        return renderSkeleton(l)
      case 'not-found':
        return html`<div part="root error" role="alert"><p>${l.t.notFound}</p></div>`
      case 'error':
        return renderFailure(l, l.t.loadFailed, () => this.tracking.reload())
      case 'ready': {
        const settling = this.feedback.settling(state.view) || this.push.settling(state.view)
        if (this.reveal.hold(settling)) return renderSkeleton(l)
        return renderDelivery(state.view, l, {
          now: Date.now(),
          reconnecting: this.tracking.reconnecting,
          announcement: this.announcement,
          manage: this.manage.render(state.view, l),
          chat: this.chat.render(state.view, l),
          feedback: this.feedback.render(state.view, l),
          push: this.push.render(state.view, l),
        })
      }
    }
  }

  /**
   * Takes on the shop's colours once a view names them, and renders again when the estimate
   * on show turns stale or past, with no fetch needed.
   */
  protected override updated(): void {
    clearTimeout(this.freshnessTimer)
    const { state } = this.tracking
    // Kept through a failed re-fetch: the shop is the same, its colours should not flicker.
    if (state.kind === 'ready') this.brand.apply(state.view.shipment.retailer.brand)
    const eta = state.kind === 'ready' ? state.view.eta : null
    const now = Date.now()
    const at = eta ? etaFreshnessChangesAt(eta, now) : undefined
    if (at === undefined) return
    // A little past the moment, so the check lands on the far side of it.
    const delay = Math.min(at - now + 50, FRESHNESS_CHECK_MAX_MS)
    this.freshnessTimer = setTimeout(() => this.requestUpdate(), delay)
  }

  /** The server, with no trailing slash (a path before `/v1` is kept). */
  private apiBase(): string {
    return (this.api || SCRIPT_ORIGIN).replace(/\/+$/, '')
  }

  /** The publishable key, while it is what finds the delivery: there is no token. */
  private lookupKey(): string | undefined {
    return (!this.token && this.publishableKey) || undefined
  }

  /** The delivery the lookup form found, once its code is here. */
  private found() {
    const key = this.lookupKey()
    return key ? this.lookup.get()?.found(key) : undefined
  }

  private pushConfig(): PushConfig {
    const api = this.apiBase()
    const own = new URL(api, location.href).origin === location.origin
    return {
      api,
      serviceWorker: this.serviceWorker || (own ? `${api}/porchlight-sw.js` : ''),
      // A delivery found with the form is not in this page's URL; its tracking page is.
      openUrl: this.found()?.trackingUrl ?? location.href,
    }
  }

  /** `undefined` while the strings of the page's language are being fetched. */
  private localization(): Localization | undefined {
    return this.language.get(
      this.locale || this.closest('[lang]')?.getAttribute('lang') || navigator.language,
    )
  }
}

/** `retry`: a "Try again" button's action. */
function renderFailure({ t }: Localization, message: string, retry?: () => void): TemplateResult {
  return html`<div part="root error" role="alert">
    <p>${message}</p>
    ${retry
      ? html`<button part="button" type="button" @click=${retry}>${t.tryAgain}</button>`
      : nothing}
  </div>`
}

/** `l` is missing while the language's strings are fetched: then the box has no words yet. */
function renderSkeleton(l?: Localization): TemplateResult {
  return html`<div part="root" aria-busy="true">
    ${l ? html`<span class="visually-hidden">${l.t.loading}</span>` : nothing}
    <div class="bone short"></div>
    <div class="bone heading"></div>
    <div class="bone"></div>
    <div class="bone short"></div>
  </div>`
}

/** The newest `delay` entry in `view` that `previous` did not have. */
function newDelay(view: TrackingView, previous: TrackingView) {
  const known = new Set(previous.timeline.map(({ id }) => id))
  return view.timeline.findLast(({ id, type }) => type === 'delay' && !known.has(id))
}

declare global {
  interface HTMLElementTagNameMap {
    'porchlight-tracker': PorchlightTracker
  }
}
