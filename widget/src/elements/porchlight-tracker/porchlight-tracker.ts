import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit'
import type { ShipmentEvent, TrackingView } from '@porchlight/shared'
import { TrackingController } from '../../controllers/tracking-controller.ts'
import { emit } from '../../events/porchlight-events.ts'
import { addressClock } from '../../format/time-window.ts'
import { localize, plural, type Localization } from '../../i18n/index.ts'
import { styles } from './porchlight-tracker.styles.ts'

// widget.js is served by the Porchlight server itself, so its origin is the API's by default.
const SCRIPT_ORIGIN = new URL(import.meta.url).origin

/**
 * Shows a shopper where their delivery is: its status, the delivery window in the address's own
 * time zone, and its history. Refreshes every 30 s while the page is visible.
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
 * @fires porchlight-status-change - When a later load shows another status. `detail: { status }`
 * @fires porchlight-error - When a load fails and the shopper sees it. `detail: { code }`: the
 *   API's problem+json `code` (e.g. `not_found`), or `network_error`.
 *
 * @csspart root - The box around each state (loading, delivery, message, error).
 * @csspart header - Retailer and status.
 * @csspart status - The status heading; a polite live region.
 * @csspart window - Delivery window, expected arrival and address.
 * @csspart timeline - The list of delivery events, newest first.
 * @csspart timeline-item - One delivery event.
 * @csspart error - The not-found and could-not-load messages.
 * @csspart message - The no-tracking-code message.
 * @csspart button - The "Try again" button.
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
  }

  static override styles = styles

  declare token: string | null | undefined
  declare api: string | null | undefined
  declare locale: string | null | undefined

  private readonly tracking = new TrackingController(this, {
    onView: (view, previous) => {
      const { status } = view.shipment
      if (!previous) emit(this, 'porchlight-ready', { status })
      else if (previous.shipment.status !== status) {
        emit(this, 'porchlight-status-change', { status })
      }
    },
    onError: (code) => emit(this, 'porchlight-error', { code }),
  })

  /** Fetches the latest state now rather than at the next refresh. */
  refresh(): void {
    this.tracking.reload()
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('token') || changed.has('api')) {
      this.tracking.track(this.api || SCRIPT_ORIGIN, this.token ?? '')
    }
  }

  protected override render(): TemplateResult {
    const l = localize(
      this.locale || this.closest('[lang]')?.getAttribute('lang') || navigator.language,
    )
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
        return renderView(state.view, l)
    }
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

function renderView({ shipment, eta, timeline }: TrackingView, l: Localization): TemplateResult {
  const { t } = l
  const clock = addressClock(l.locale, shipment.timeZone)
  const { address } = shipment
  return html`<article part="root">
    <header part="header">
      <p class="retailer">${t.orderFrom(shipment.retailer.name)}</p>
      <h2 part="status" aria-live="polite" aria-atomic="true">${t.status[shipment.status]}</h2>
    </header>
    <dl part="window">
      ${shipment.promisedWindow
        ? html`<div>
            <dt>${t.promisedWindow}</dt>
            <dd>${clock.window(shipment.promisedWindow)}</dd>
          </div>`
        : nothing}
      ${eta
        ? html`<div>
            <dt>${t.expectedArrival}</dt>
            <dd>
              ${clock.window(eta)}${eta.stopsAway > 0
                ? html` · ${plural(l, t.stopsAway, eta.stopsAway)}`
                : nothing}
            </dd>
          </div>`
        : nothing}
      <div>
        <dt>${t.deliveringTo}</dt>
        <dd>${address.line1}<br />${address.postcode} ${address.city}</dd>
      </div>
    </dl>
    ${timeline.length > 0
      ? html`<ol part="timeline" aria-label=${t.timeline}>
          ${newestFirst(timeline).map(
            (event) => html`<li part="timeline-item">
              <span class="label">${t.event[event.type]}</span>
              <time datetime=${event.at}>${clock.moment(event.at)}</time>
              ${event.note ? html`<p class="note">${event.note}</p>` : nothing}
            </li>`,
          )}
        </ol>`
      : nothing}
  </article>`
}

// Sorted here rather than trusting the server's order, which the contract does not fix.
function newestFirst(timeline: readonly ShipmentEvent[]): ShipmentEvent[] {
  return [...timeline].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
}

declare global {
  interface HTMLElementTagNameMap {
    'porchlight-tracker': PorchlightTracker
  }
}
