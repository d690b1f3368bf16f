import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit'
import type { TrackingView } from '@porchlight/shared'
import { TrackingController } from '../../controllers/tracking-controller.ts'
import { emit } from '../../events/porchlight-events.ts'
import { etaFreshnessChangesAt } from '../../format/eta-freshness.ts'
import { localize, type Localization } from '../../i18n/index.ts'
import { renderDelivery } from './delivery-view.ts'
import { ManageDisclosure } from './manage-disclosure.ts'
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
 * @example
 * <script type="module" src="https://porchlight.example/widget.js"></script>
 * <porchlight-tracker token="TRACKING_TOKEN"></porchlight-tracker>
 *
 * @attr token - The shipment's tracking token. Without one the tracker says there is nothing
 *   to show.
 * @attr api - Origin of the Porchlight server. Default: the origin `widget.js` was loaded from.
 * @attr locale - BCP 47 tag for text and dates. Default: the nearest `lang` on the page, then
 *   the browser's language. Languages without a translation fall back to English.
 *
 * @fires porchlight-ready - After the first successful load. `detail: { status }`
 * @fires porchlight-status-change - When the status changes after the first load, from the live
 *   stream or a re-fetch. `detail: { status }`
 * @fires porchlight-preferences-change - When the server has saved a change the shopper made in
 *   the panel. `detail: { kind }`: `window`, `pickupPoint`, `safePlace`, `accessNeeds` or
 *   `instructions`.
 * @fires porchlight-error - When a load fails and the shopper sees it. `detail: { code }`: the
 *   API's problem+json `code` (e.g. `not_found`), or `network_error`.
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
 * @csspart button - The "Try again" and "Manage delivery" buttons.
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
 *
 * @cssprop --porchlight-color-accent - Buttons and the latest event's marker.
 * @cssprop --porchlight-color-text - Text.
 * @cssprop --porchlight-color-background - Background of the box; also the button's text.
 * @cssprop --porchlight-radius - Corner radius.
 * @cssprop --porchlight-font - Font family. Default: the system UI font.
 */
export class PorchlightTracker extends LitElement {
  static override properties = {
    token: {},
    api: {},
    locale: {},
    announcement: { state: true },
  }

  static override styles = styles

  declare token: string | null | undefined
  declare api: string | null | undefined
  declare locale: string | null | undefined
  /** Read out by a hidden polite live region: a delay, which the status heading does not show. */
  private declare announcement: string

  private freshnessTimer: ReturnType<typeof setTimeout> | undefined

  private readonly tracking = new TrackingController(this, {
    onView: (view, previous) => {
      const { status } = view.shipment
      if (!previous) return emit(this, 'porchlight-ready', { status })
      if (previous.shipment.status !== status) {
        emit(this, 'porchlight-status-change', { status })
      }
      const delay = newDelay(view, previous)
      if (delay) {
        const { t } = this.localization()
        this.announcement = delay.note ? `${t.event.delay}: ${delay.note}` : t.event.delay
      }
    },
    onError: (code) => emit(this, 'porchlight-error', { code }),
  })

  private readonly manage = new ManageDisclosure(this, this.tracking)

  constructor() {
    super()
    this.announcement = ''
  }

  /** Fetches the latest state now rather than at the next refresh. */
  refresh(): void {
    this.tracking.reload()
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('token') || changed.has('api')) {
      this.tracking.track(this.api || SCRIPT_ORIGIN, this.token ?? '')
      this.manage.reset()
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    clearTimeout(this.freshnessTimer)
  }

  protected override render(): TemplateResult {
    const l = this.localization()
    const { state } = this.tracking
    switch (state.kind) {
      case 'no-token':
        return html`<div part="root message"><p>${l.t.noToken}</p></div>`
      case 'loading':
        return renderSkeleton(l)
      case 'not-found':
        return html`<div part="root error" role="alert"><p>${l.t.notFound}</p></div>`
      case 'error':
        return html`<div part="root error" role="alert">
          <p>${l.t.loadFailed}</p>
          <button part="button" type="button" @click=${() => this.tracking.reload()}>
            ${l.t.tryAgain}
          </button>
        </div>`
      case 'ready':
        return renderDelivery(state.view, l, {
          now: Date.now(),
          reconnecting: this.tracking.reconnecting,
          announcement: this.announcement,
          manage: this.manage.render(state.view, l),
        })
    }
  }

  /** Renders again when the estimate on show turns stale or past, with no fetch needed. */
  protected override updated(): void {
    clearTimeout(this.freshnessTimer)
    const { state } = this.tracking
    const eta = state.kind === 'ready' ? state.view.eta : null
    const now = Date.now()
    const at = eta ? etaFreshnessChangesAt(eta, now) : undefined
    if (at === undefined) return
    // A little past the moment, so the check lands on the far side of it.
    const delay = Math.min(at - now + 50, FRESHNESS_CHECK_MAX_MS)
    this.freshnessTimer = setTimeout(() => this.requestUpdate(), delay)
  }

  private localization(): Localization {
    return localize(
      this.locale || this.closest('[lang]')?.getAttribute('lang') || navigator.language,
    )
  }
}

function renderSkeleton({ t }: Localization): TemplateResult {
  return html`<div part="root" aria-busy="true">
    <span class="visually-hidden">${t.loading}</span>
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
