import type { Eta, TimelineEntry } from '@porchlight/shared'
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm'
import type { Transaction } from '../../db/database.ts'
import { routePositions, routeStops, shipmentEvents } from '../../db/schema/index.ts'
import { predictArrivals } from '../../eta/index.ts'
import type { TenantContext } from '../../context.ts'
import { toTimelineEntry } from '../shipments/index.ts'
import { commitWithNews, type NewsRecorder } from '../../outbox/commit-with-news.ts'
import { visibleEta } from './driver-visibility.ts'
import { type PushNews, enqueuePush } from '../push/index.ts'
import { getSettings } from '../settings/index.ts'
import { loadEtaStats } from './eta-stats-store.ts'
import { arrivedAtCurrentStop, routeSoFar } from './route-history.ts'
import { lockRouteRefresh } from './route-lock.ts'
import { type RouteStopState, loadRouteState } from './route-state.ts'
import { tellStopsAway } from './tell-stops-away.ts'

// A window that moves less than this is not news: the shopper would see the same thing.
const ETA_NEWS_MS = 3 * 60_000
// ...but a steady window is re-sent this often, so the widget can tell it is still current (it
// stops presenting an estimate as live after ten minutes without one).
const ETA_RESEND_MS = 5 * 60_000
// The engine reads the last half hour of pings (a van standing that long may be on its break,
// and it must see where the standstill began); arrivals at earlier stops are recorded on the
// stops themselves.
const PINGS_WINDOW_MS = 30 * 60_000

type Prediction = { id: string; expected: Date; earliest: Date; latest: Date }
type WindowRow = { stop: RouteStopState; p: Prediction; stopsAway: number; sent: boolean }

const moved = (a: Date | null, b: Date) => !a || Math.abs(a.getTime() - b.getTime()) >= ETA_NEWS_MS
const fitsPromise = (stop: RouteStopState, p: Prediction) =>
  !stop.promisedStart || !stop.promisedEnd || (p.earliest >= stop.promisedStart && p.latest <= stop.promisedEnd)

/**
 * After new pings or a finished stop: predicts every remaining stop, stores the windows, and
 * tells the shoppers what changed for them: a window that moved, and a `delay` entry the first
 * time the window leaves the promised one.
 */
export async function refreshRoute({ ctx, input }: { ctx: TenantContext; input: { routeId: string } }) {
  const now = ctx.clock.now()
  // Predicted before the transaction opens: the engine and the reads hold no locks.
  const state = await loadRouteState(ctx.db, ctx.tenantId, input.routeId)
  if (!state) return
  const remaining = state.stops.filter((s) => s.departedAt === null)
  if (remaining.length === 0) return
  // No position yet, so no window: the order of the stops alone says how many come first.
  if (!state.lastPosition) return tellStopsAway({ ctx, input: { routeId: input.routeId, remaining } })
  const pings = await ctx.db
    .select({ lat: routePositions.lat, lng: routePositions.lng, at: routePositions.at })
    .from(routePositions)
    .where(
      and(
        eq(routePositions.tenantId, ctx.tenantId),
        eq(routePositions.routeId, input.routeId),
        gt(routePositions.at, new Date(state.lastPosition.at.getTime() - PINGS_WINDOW_MS)),
      ),
    )
    .orderBy(asc(routePositions.at))
  const lastDeparture = state.stops.reduce<Date | undefined>((latest, s) => (s.departedAt && (!latest || s.departedAt > latest) ? s.departedAt : latest), undefined)
  const next = remaining[0]!
  const arrivedAt = next.arrivedAt ?? arrivedAtCurrentStop(next, pings, lastDeparture)
  const predictions = predictArrivals(await loadEtaStats(ctx.db, ctx.tenantId), {
    now,
    position: state.lastPosition,
    stops: remaining.map((s, i) => ({ id: s.shipmentId, lat: s.lat, lng: s.lng, ...(i === 0 && arrivedAt ? { arrivedAt } : {}) })),
    sofar: routeSoFar(state.stops, pings),
  })
  const { pushStopsAway } = await getSettings({ ctx })
  await commitWithNews(ctx, async (tx, news) => {
    await lockRouteRefresh(tx, ctx.tenantId, input.routeId)
    if (arrivedAt && !next.arrivedAt) {
      await tx.update(routeStops).set({ arrivedAt }).where(eq(routeStops.shipmentId, next.shipmentId))
    }
    const notify = async (push: PushNews) => {
      if (await enqueuePush(tx, ctx, push)) news.queued('pushes')
    }
    await tellShoppers(tx, news, remaining, predictions, now, { pushStopsAway, notify })
  })
}

async function tellShoppers(
  tx: Transaction,
  news: NewsRecorder,
  remaining: RouteStopState[],
  predictions: Prediction[],
  now: Date,
  push: { pushStopsAway: number; notify: (news: PushNews) => Promise<void> },
): Promise<void> {
  const delayed = await tx
    .select({ shipmentId: shipmentEvents.shipmentId })
    .from(shipmentEvents)
    .where(and(inArray(shipmentEvents.shipmentId, remaining.map((s) => s.shipmentId)), eq(shipmentEvents.type, 'delay')))
  const alreadyDelayed = new Set(delayed.map((d) => d.shipmentId))
  const rows: WindowRow[] = []
  // Farthest first: the nearest stops' shipments, which every ping batch writes to as well, are
  // locked last, just before commit. The driver-position job takes them in the same order.
  for (let stopsAway = remaining.length - 1; stopsAway >= 0; stopsAway--) {
    const stop = remaining[stopsAway]!
    const p = predictions[stopsAway]
    if (!p) continue
    const facts = {
      status: stop.status,
      stopsAway,
      done: false,
      window: { start: p.earliest.toISOString(), end: p.latest.toISOString(), updatedAt: now.toISOString() },
    }
    const eta: Eta | null = visibleEta(facts)
    let delay: TimelineEntry | undefined
    if (eta && !fitsPromise(stop, p) && !alreadyDelayed.has(stop.shipmentId)) {
      const [row] = await tx
        .insert(shipmentEvents)
        .values({ id: `evt_delay_${stop.shipmentId}`, shipmentId: stop.shipmentId, type: 'delay', at: now })
        .onConflictDoNothing()
        .returning()
      if (row) delay = toTimelineEntry(row)
    }
    const changed =
      eta &&
      (delay ||
        moved(stop.etaSentStart, p.earliest) ||
        moved(stop.etaSentEnd, p.latest) ||
        stop.etaSentStopsAway !== stopsAway ||
        !stop.etaSentAt ||
        now.getTime() - stop.etaSentAt.getTime() >= ETA_RESEND_MS)
    if (changed) await news.live(stop.shipmentId, 'eta', { eta, stopsAway: eta.stopsAway, ...(delay ? { delay } : {}) })
    const window = { start: p.earliest, end: p.latest }
    if (delay) await push.notify({ shipmentId: stop.shipmentId, kind: 'delay', window })
    if (eta && stopsAway === push.pushStopsAway && stop.etaSentStopsAway !== stopsAway) {
      await push.notify({ shipmentId: stop.shipmentId, kind: 'stops_away', window, stopsAway })
    }
    rows.push({ stop, p, stopsAway, sent: Boolean(changed) })
  }
  await storeWindows(tx, rows, now)
}

/** All the route's new windows in one statement: a route has up to 300 stops. */
async function storeWindows(tx: Transaction, rows: WindowRow[], now: Date) {
  if (rows.length === 0) return
  const iso = (d: Date | null) => (d ? d.toISOString() : null)
  const values = sql.join(
    rows.map(({ stop, p, stopsAway, sent }) =>
      sql`(${stop.shipmentId}, ${iso(p.expected)}::timestamptz, ${iso(p.earliest)}::timestamptz, ${iso(p.latest)}::timestamptz,
        ${iso(sent ? p.earliest : stop.etaSentStart)}::timestamptz, ${iso(sent ? p.latest : stop.etaSentEnd)}::timestamptz,
        ${sent ? stopsAway : stop.etaSentStopsAway}::int, ${iso(sent ? now : stop.etaSentAt)}::timestamptz)`,
    ),
    sql`, `,
  )
  await tx.execute(sql`
    update ${routeStops} set
      eta_expected = v.expected, eta_earliest = v.earliest, eta_latest = v.latest,
      eta_updated_at = ${now.toISOString()}::timestamptz,
      eta_sent_start = v.sent_start, eta_sent_end = v.sent_end, eta_sent_stops_away = v.sent_stops_away,
      eta_sent_at = v.sent_at
    from (values ${values}) as v(shipment_id, expected, earliest, latest, sent_start, sent_end, sent_stops_away, sent_at)
    where ${routeStops.shipmentId} = v.shipment_id`)
}
