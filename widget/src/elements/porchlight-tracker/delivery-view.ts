import { html, nothing, type TemplateResult } from 'lit'
import type { TimelineEntry, TrackingView } from '@porchlight/shared'
import { etaFreshness } from '../../format/eta-freshness.ts'
import { addressClock, type AddressClock } from '../../format/time-window.ts'
import { plural, type Localization } from '../../i18n/index.ts'
import { isFinal } from '../../live/live-event.ts'
import { routeStrip } from './route-strip.ts'

export interface DeliveryContext {
  /** The instant to judge the estimate's freshness by. */
  readonly now: number
  /**
   * The live stream has been lost for a while. Said in a status region that is there before
   * the words come, so that screen readers read them out.
   */
  readonly reconnecting: boolean
  /** The latest significant change that is not a status, for screen readers. */
  readonly announcement: string
  /** The "Manage delivery" button and panel, when the shopper may change anything. */
  readonly manage: TemplateResult | typeof nothing
  /** The "Chat" button and conversation, when there is one to have or to read. */
  readonly chat: TemplateResult | typeof nothing
  /** "How did we do?", once delivered. */
  readonly feedback: TemplateResult | typeof nothing
  /** "Notify me", while the shop sends notifications and the delivery is under way. */
  readonly push: TemplateResult | typeof nothing
}

/**
 * A delivery as the shopper sees it: status, arrival, driver, window, address, what the shopper
 * can do about it, history.
 */
export function renderDelivery(
  view: TrackingView,
  l: Localization,
  { now, reconnecting, announcement, manage, chat, feedback, push }: DeliveryContext,
): TemplateResult {
  const { t } = l
  const { shipment, timeline, eta, preferences } = view
  const clock = addressClock(l.locale, shipment.timeZone)
  // What the shopper chose replaces what was promised.
  const window = preferences.window ?? shipment.promisedWindow
  const pickup = preferences.pickupPoint
  const address = pickup?.address ?? shipment.address
  const liveEta = eta && etaFreshness(eta, now) === 'live' ? eta : null
  return html`<article part="root">
    <header part="header">
      <div class="topline">
        <p class="retailer">${isolated(t.orderFrom, shipment.retailer.name)}</p>
        <div role="status">
          ${reconnecting ? html`<p part="reconnecting">${t.reconnecting}</p>` : nothing}
        </div>
      </div>
      <h2 part="status" aria-live="polite" aria-atomic="true">${t.status[shipment.status]}</h2>
    </header>
    ${renderEta(view, l, clock, now)} ${routeStrip(view, liveEta?.stopsAway, l)}
    <dl part="window">
      ${window
        ? html`<div>
            <dt>${t.promisedWindow}</dt>
            <dd>${clock.window(window)}</dd>
          </div>`
        : nothing}
      <div>
        <dt>${pickup ? t.collectFrom : t.deliveringTo}</dt>
        <dd dir="auto">
          ${pickup ? html`${pickup.name}<br />` : nothing}${address.line1}<br />${address.postcode}
          ${address.city}
        </dd>
      </div>
    </dl>
    ${push} ${manage} ${chat} ${feedback}
    ${timeline.length > 0
      ? html`<ol part="timeline" aria-label=${t.timeline}>
          ${newestFirst(timeline).map(
            (entry) => html`<li part="timeline-item">
              <span class="label">${t.event[entry.type]}</span>
              <time datetime=${entry.at}>${clock.moment(entry.at)}</time>
              ${entry.note ? html`<p class="note">${entry.note}</p>` : nothing}
            </li>`,
          )}
        </ol>`
      : nothing}
    <p class="visually-hidden" aria-live="polite">${announcement}</p>
  </article>`
}

/**
 * The arrival window, shown as live only while it is: an estimate not refreshed for ten
 * minutes is labelled as the last one, and one whose window has passed is not shown at all.
 * Before the first window, the route alone says how many stops come first. Deliberately not a
 * live region: estimates move often, and only the status is announced.
 */
function renderEta(
  { eta, stopsAway, shipment }: TrackingView,
  l: Localization,
  clock: AddressClock,
  now: number,
): TemplateResult | typeof nothing {
  if (isFinal(shipment.status)) return nothing
  const { t } = l
  if (!eta) {
    if (stopsAway === null || stopsAway === undefined) return nothing
    const ahead = stopsAway === 0 ? t.driverNext : plural(l, t.driverStopsAway, stopsAway)
    return html`<p part="eta"><strong>${ahead}</strong></p>`
  }
  const freshness = etaFreshness(eta, now)
  if (freshness === 'past') return html`<p part="eta" class="stale">${t.updatingEta}</p>`
  // The day is named only when the window does not start today at the address.
  const start = clock.sameDay(eta.start, now) ? clock.time(eta.start) : clock.moment(eta.start)
  const range = t.timeRange(start, clock.time(eta.end))
  if (freshness === 'stale') {
    return html`<p part="eta" class="stale">${t.updatingEta} ${t.lastEstimate(range)}</p>`
  }
  return html`<p part="eta">
    <strong>${t.arriving(range)}</strong>${eta.stopsAway > 0
      ? html` · ${plural(l, t.stopsAway, eta.stopsAway)}`
      : nothing}
  </p>`
}

// Stands for the name while the sentence is built: no translation contains it.
const NAME = '\u0000'

/**
 * A sentence around a name, the name in a `<bdi>` of its own direction: a Latin shop name in
 * Arabic text (or the reverse) must not reorder the words around it.
 */
function isolated(sentence: (name: string) => string, name: string): TemplateResult {
  const [before = '', after = ''] = sentence(NAME).split(NAME)
  return html`${before}<bdi>${name}</bdi>${after}`
}

// Sorted here rather than trusting the server's order, which the contract does not fix.
function newestFirst(timeline: readonly TimelineEntry[]): TimelineEntry[] {
  return [...timeline].sort((a, b) => Date.parse(b.at) - Date.parse(a.at))
}
