import { html, nothing, svg, type TemplateResult } from 'lit'
import type { TrackingView } from '@porchlight/shared'
import { plural, type Localization } from '../../i18n/index.ts'

/** More stops than this are drawn as this many, after a dotted stretch; the label has the count. */
export const MAX_DRAWN_STOPS = 10

// The strip's drawing units: the driver at one end, the shopper's door at the other.
const MID = 16
const DRIVER_X = 16
const ROAD_END = 294

/**
 * A line from the driver to the shopper's door with a dot per stop still before it: a sense of
 * how near the van is, with no map to load. Shown only while the delivery is out and the server
 * shares the driver's position (its privacy rule: out for delivery, within a few stops).
 * `stopsAway` is `undefined` when no current estimate says how many stops are left.
 */
export function routeStrip(
  { driver, shipment }: TrackingView,
  stopsAway: number | undefined,
  l: Localization,
): TemplateResult | typeof nothing {
  if (!driver?.position || shipment.status !== 'out_for_delivery') return nothing
  const { t } = l
  const label =
    stopsAway === undefined
      ? t.driverNear
      : stopsAway === 0
        ? t.driverNext
        : plural(l, t.driverStopsAway, stopsAway)
  const drawn = Math.min(stopsAway ?? 0, MAX_DRAWN_STOPS)
  // Stops not drawn are a dotted stretch, two gaps long, between the driver and the first dot.
  const more = (stopsAway ?? 0) > MAX_DRAWN_STOPS ? 1 : 0
  const gap = (ROAD_END - DRIVER_X) / (drawn + 1 + more)
  const stops = Array.from({ length: drawn }, (_, i) => DRIVER_X + gap * (i + 1 + more))
  const solidFrom = more ? (stops[0] ?? DRIVER_X) : DRIVER_X
  return html`<svg
    part="route-strip"
    role="img"
    aria-label=${label}
    viewBox="0 0 320 32"
  >
    ${solidFrom > DRIVER_X
      ? svg`<line class="road more" x1=${DRIVER_X} y1=${MID} x2=${solidFrom} y2=${MID} />`
      : nothing}
    <line class="road" x1=${solidFrom} y1=${MID} x2=${ROAD_END} y2=${MID} />
    ${stops.map((x) => svg`<circle class="stop" cx=${x} cy=${MID} r="4" />`)}
    <circle class="driver" cx=${DRIVER_X} cy=${MID} r="10" />
    <circle class="driver-core" cx=${DRIVER_X} cy=${MID} r="4" />
    <path class="home" d="M${ROAD_END} 17 l10 -10 l10 10 v10 h-20 z" />
  </svg>`
}
