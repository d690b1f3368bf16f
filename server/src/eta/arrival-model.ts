import type { ArrivalDistribution } from './arrival-distribution.ts'
import { type BreakState, UNSEEN_AFTER_MINUTES, breakChanceBefore, breakState } from './break-state.ts'
import { todayPace } from './day-pace.ts'
import { distanceKm } from './geo.ts'
import { lunchRemaining } from './lunch.ts'
import { remainingAfter, valueAt } from './quantile-table.ts'
import { areaFactor } from './service-areas.ts'
import { serviceVariance } from './service-model.ts'
import { todayFrom } from './today.ts'
import { travelMinutes, travelVariance } from './travel-model.ts'
import type { EtaStats, LatLng, PredictInput } from './types.ts'

const MINUTE = 60_000
// The horizon whose accrued uncertainty per minute sets how fast a stale position widens.
const STALE_RATE_HORIZON = 30
// A break this likely, or this unlikely, to come first counts as settled either way.
const UNSETTLED_CHANCE = 0.02

type Step = { mean: number; variance: number; paceVariance: number; lunchChance: number }

/**
 * Each remaining stop's arrival as a distribution in minutes from now (null: the driver is at it
 * now). Walks the route summing means and variances of legs and doorstep times, scaled by the
 * pace today's completed stops reveal. What is still unknown about that pace applies to all
 * legs at once, so it grows with the square of the time ahead, not linearly. Time the driver
 * has gone unseen is treated as horizon already elapsed: the window widens as for a stop that
 * much further away, rather than assuming the driver waited where last seen.
 */
export function modelArrivals(stats: EtaStats, input: PredictInput): Array<ArrivalDistribution | null> {
  const first = input.stops[0]
  if (!first) return []
  const now = input.now.getTime()
  const today = todayFrom(stats, input.sofar?.stops ?? [])
  const travelPace = todayPace(stats.dayPace.travel, today.travelRatios)
  const servicePace = todayPace(stats.dayPace.service, today.serviceRatios)
  const lunchMoments = lunchRemaining(stats.lunch, 0)
  const fullService = remainingAfter(stats.service.minutes, 0)

  let mean = 0
  let variance = 0
  let travelSum = 0
  let serviceSum = 0
  const steps: Array<Step | null> = []

  const legOf = (from: LatLng, to: LatLng) => {
    const base = travelMinutes(stats.travel, distanceKm(from, to), now + mean * MINUTE)
    return { mean: base * travelPace.factor, variance: travelVariance(stats.travel, base) * travelPace.factor ** 2 }
  }
  const drive = (leg: { mean: number; variance: number }) => {
    mean += leg.mean
    variance += leg.variance
    travelSum += leg.mean
  }
  const serve = (stop: LatLng, elapsed: number) => {
    const area = areaFactor(stats.service.areas, stop)
    const pace = servicePace.factor
    let rest = { mean: fullService.mean * area * pace, variance: serviceVariance(stats.service, fullService.mean * area) * pace * pace }
    if (elapsed > 0) {
      // Already there: what is left of a visit that has lasted this long, from the quantiles
      // (the longer it has lasted, the longer it is likely to go on).
      const left = remainingAfter(stats.service.minutes, elapsed / (area * pace))
      rest = { mean: left.mean * area * pace, variance: left.variance * (area * pace) ** 2 }
    }
    mean += rest.mean
    variance += rest.variance
    serviceSum += rest.mean
  }
  const step = (lunchChance: number): Step => ({
    mean,
    variance,
    paceVariance: travelSum ** 2 * travelPace.logVariance + serviceSum ** 2 * servicePace.logVariance,
    lunchChance,
  })

  let unseen = 0
  let offline = 0
  let lunch: BreakState = { kind: 'taken' }
  if (first.arrivedAt) {
    lunch = breakState(stats, input, today, { legMinutes: 0, unseen: 0, serviceFactor: servicePace.factor })
    steps.push(null)
    serve(first, Math.max(0, (now - first.arrivedAt.getTime()) / MINUTE))
  } else {
    const last = today.lastDone
    const anchor = last && last.departedAt > input.position.at ? { point: last, at: last.departedAt } : { point: input.position, at: input.position.at }
    unseen = Math.max(0, (now - anchor.at.getTime()) / MINUTE)
    const legMinutes = last ? legOf(last, first).mean : 0
    lunch = breakState(stats, input, today, { legMinutes, unseen, serviceFactor: servicePace.factor })
    if (lunch.kind === 'now') {
      const rest = lunchRemaining(stats.lunch, lunch.elapsed)
      mean += rest.mean
      variance += rest.variance
      unseen = Math.max(0, unseen - lunch.elapsed)
    }
    const leg = legOf(anchor.point, first)
    const chance = lunch.kind === 'pending' ? lunch.begun : 0
    const longestStop = valueAt(stats.service.minutes, 0.99) * servicePace.factor * areaFactor(stats.service.areas, first)
    if (lunch.kind !== 'now' && unseen > leg.mean + longestStop) {
      // Silent for longer than the drive and even a slow stop take: the phone is offline (no
      // pings, no scans), not the driver idle. Assume the work went on at the usual pace;
      // the whole timeline moves on by the unseen time, below.
      offline = unseen
      drive(leg)
      steps.push(step(chance))
      serve(first, 0)
    } else if (leg.mean >= unseen) {
      drive({ mean: leg.mean - unseen, variance: leg.variance })
      steps.push(step(chance))
      serve(first, 0)
    } else {
      // Unseen for longer than the drive takes: most likely there already, part-way through
      // the stop. If not, the drive has overrun, and an overrun leg is a drawn-out one.
      variance += leg.variance
      steps.push({ ...step(chance), mean: mean + Math.sqrt(leg.variance) })
      serve(first, unseen - leg.mean)
    }
  }

  for (let j = 1; j < input.stops.length; j += 1) {
    const spread = Math.sqrt(variance + travelSum ** 2 * travelPace.logVariance + serviceSum ** 2 * servicePace.logVariance)
    const lunchChance = breakChanceBefore(stats, lunch, now + mean * MINUTE, spread)
    drive(legOf(input.stops[j - 1]!, input.stops[j]!))
    steps.push(step(lunchChance))
    serve(input.stops[j]!, 0)
  }

  const staleVariance = unseen >= UNSEEN_AFTER_MINUTES ? unseen * accrualRate(steps) : 0
  return steps.map((s) => {
    if (!s) return null
    const total = s.variance + s.paceVariance + staleVariance
    // Offline, stops the timeline has already passed may be done unreported: if not, soon.
    const ahead = offline > 0 ? Math.max(s.mean - offline, Math.sqrt(total) / 2) : s.mean
    return {
      withoutLunch: { mean: ahead, variance: total },
      withLunch: { mean: ahead + lunchMoments.mean, variance: total + lunchMoments.variance },
      lunchChance: s.lunchChance,
      settled: unseen < UNSEEN_AFTER_MINUTES && lunch.kind !== 'now' && (s.lunchChance < UNSETTLED_CHANCE || s.lunchChance > 1 - UNSETTLED_CHANCE),
    }
  })
}

/** Variance accrued per minute of horizon along this route, read near STALE_RATE_HORIZON. */
function accrualRate(steps: Array<Step | null>): number {
  let rate = 0
  for (const s of steps) {
    if (!s || s.mean <= 0) continue
    rate = (s.variance + s.paceVariance) / s.mean
    if (s.mean >= STALE_RATE_HORIZON) break
  }
  return rate
}
