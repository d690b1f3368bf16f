import type { Clock } from '@porchlight/server'
import {
  type SimulatedRoute,
  buildCity,
  createRandom,
  delayRemainder,
  deliverNextStop,
  happenedBetween,
  shiftRoute,
  simulateDriverDay,
} from './fleet/index.ts'
import type { RetailerClient } from './retailer-client.ts'
import type { SeededShipment } from './seed.ts'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
const MAX_BATCH = 500
/**
 * Shoppers who follow the van on the storefront, in the order it lists them, by how many stops
 * ahead of the van they are at the start. The first is what a newcomer opens: far enough ahead
 * (over two hours of the van's day) to stay live and approaching through the first ten minutes
 * at the default speed; the last sees the van on its way at once.
 */
export const WATCHED_AHEAD = [40, 12, 3]

const parisDay = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(at)

/** The van's day `day` (1, 2, …) as the demo plays it from `now`: out for 45 minutes already. */
export function planVanDay(options: { city: ReturnType<typeof buildCity>; seed: string; day: number; now: Date }): SimulatedRoute {
  const { city, seed, day, now } = options
  const simulated = simulateDriverDay({ city, random: createRandom(seed).fork(day), routeId: `van-${day}`, day: parisDay(now), dayPace: 1 })
  // Out for 45 minutes already, so the demo opens on a van mid-round.
  return shiftRoute(simulated, new Date(now.getTime() - 45 * MINUTE))
}

/** Which stops of `route` the storefront lists, in its order: the index of each and how far ahead it is. */
export function watchedStops(route: SimulatedRoute, now: Date): Array<{ index: number; ahead: number }> {
  const next = route.stops.findIndex((stop) => stop.departedAt > now)
  return WATCHED_AHEAD.flatMap((ahead) => (next >= 0 && route.stops[next + ahead] ? [{ index: next + ahead, ahead }] : []))
}

/** What the ops console shows of the van, and the demo controls it offers. */
export type LiveVan = {
  state(): { routeId: string; driver: string; paused: boolean; nextStop: string | null; stopsLeft: number }
  pause(): Promise<void>
  resume(): Promise<void>
  /** Hands over the next parcel now; its order reference, or null when no stop is left. */
  deliverNext(): Promise<string | null>
  stop(): void
}

/**
 * A simulated van out for delivery, played into the API as its phone and the carrier's scanner
 * would: shipments with promised two-hour windows, the route, then each tick's pings and
 * deliveries. When the day is over, the next one starts. Reports the parcels worth watching.
 */
export async function driveLiveVan(
  client: RetailerClient,
  options: { clock: Clock; seed: string; tickMs: number; onParcels: (parcels: SeededShipment[]) => void },
): Promise<LiveVan> {
  const city = buildCity()
  let day = 0
  let route: SimulatedRoute
  let last: Date
  // While paused, replay stops here; resuming moves the rest of the day on by the pause.
  let pausedAt: Date | null = null

  const startDay = async () => {
    day += 1
    route = planVanDay({ city, seed: options.seed, day, now: options.clock.now() })
    const shipments = await createShipments(client, route, day)
    await client.putRoute(route.id, { driver: { name: route.driver.name }, stops: shipments.map((s) => ({ shipmentId: s.id })) })
    for (const s of shipments) await client.recordEvent(s.id, { type: 'out_for_delivery', at: route.startedAt.toISOString() })
    last = new Date(route.startedAt.getTime() - 1)
    await tick()
    options.onParcels(
      watchedStops(route, options.clock.now()).map(({ index, ahead }) => ({
        ...shipments[index]!,
        stopsAhead: ahead,
        label: `Van ${day}: ${ahead} stops ahead of the van at start`,
      })),
    )
  }

  const parcels = new Map<string, { id: string; orderRef: string }>()
  const createShipments = async (api: RetailerClient, r: SimulatedRoute, round: number) => {
    const created: Array<SeededShipment & { id: string }> = []
    for (const [n, stop] of r.stops.entries()) {
      // The promise was made from the plan: the two-hour slot around when the stop was expected.
      const slot = Math.floor((stop.arrivedAt.getTime() - 20 * MINUTE) / HOUR) * HOUR
      const orderRef = `VAN${round}-${String(n + 1).padStart(3, '0')}`
      const shipment = await api.createShipment({
        orderRef,
        recipient: { name: 'Demo Shopper' },
        address: { line1: stop.address.line1, city: 'Paris', postcode: stop.address.postcode, country: 'FR', lat: stop.lat, lng: stop.lng, timeZone: 'Europe/Paris' },
        promisedWindow: { start: new Date(slot).toISOString(), end: new Date(slot + 2 * HOUR).toISOString() },
      })
      parcels.set(stop.id, { id: shipment.id, orderRef })
      created.push({ ...shipment, orderRef, label: '' })
    }
    return created
  }

  const tick = async () => {
    const now = pausedAt ?? options.clock.now()
    const { pings, stopEvents } = happenedBetween(route, last, now)
    last = now
    for (let i = 0; i < pings.length; i += MAX_BATCH) {
      const positions = pings.slice(i, i + MAX_BATCH).map((p) => ({ lat: p.lat, lng: p.lng, at: p.at.toISOString() }))
      await client.postPositions(route.id, { positions })
    }
    for (const event of stopEvents) {
      if (event.type === 'departed') await client.recordEvent(parcels.get(event.stopId)!.id, { type: event.outcome, at: event.at.toISOString() })
    }
    if (now > route.endedAt) await startDay()
  }

  // Ticks and controls take turns: each reads and replaces `route` and `last` across awaits.
  let turn: Promise<unknown> = Promise.resolve()
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const done = turn.then(work)
    turn = done.catch((error: unknown) => console.error(`live van: ${String(error)}`))
    return done
  }

  const resumeNow = () => {
    if (!pausedAt) return
    route = delayRemainder(route, last, options.clock.now().getTime() - pausedAt.getTime())
    pausedAt = null
  }

  await startDay()
  let queued = false
  const timer = setInterval(() => {
    if (queued) return
    queued = true
    inTurn(tick)
      .catch(() => {}) // inTurn has logged it; the next tick tries again
      .finally(() => (queued = false))
  }, options.tickMs)
  timer.unref()

  return {
    state: () => {
      const next = route.stops.find((stop) => stop.departedAt > last)
      return {
        routeId: route.id,
        driver: route.driver.name,
        paused: pausedAt !== null,
        nextStop: next ? parcels.get(next.id)!.orderRef : null,
        stopsLeft: route.stops.filter((stop) => stop.departedAt > last).length,
      }
    },
    pause: () => inTurn(async () => void (pausedAt ??= options.clock.now())),
    resume: () => inTurn(async () => resumeNow()),
    deliverNext: () =>
      inTurn(async () => {
        const wasPaused = pausedAt !== null
        resumeNow()
        const now = options.clock.now()
        const changed = deliverNextStop(route, last, now)
        if (changed) route = changed.route
        // A paused van stays put after the handover; the replay then runs up to it at once.
        if (wasPaused) pausedAt = changed?.stop.departedAt ?? now
        await tick()
        return changed ? parcels.get(changed.stop.id)!.orderRef : null
      }),
    stop: () => clearInterval(timer),
  }
}
