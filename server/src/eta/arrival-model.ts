import type { ArrivalDistribution } from './arrival-distribution.ts'
import { type BreakState, UNSEEN_AFTER_MINUTES, breakChanceBefore, breakState } from './break-state.ts'
import { todayPace } from './day-pace.ts'
import { distanceKm } from './geo.ts'
import { lunchRemaining } from './lunch.ts'
import { remainingAfter, valueAt } from './quantile-table.ts'
import { areaFactor } from './service-areas.ts'
import { todayFrom } from './today.ts'
import { travelMinutes, travelVariance } from './travel-model.ts'
import type { EtaStats, LatLng, PredictInput } from './types.ts'

const MINUTE = 60_000
// The horizon whose accrued uncertainty per minute sets how fast a stale position widens.
const STALE_RATE_HORIZON = 30
// A break this likely, or this unlikely, to come first counts as settled either way.
const UNSETTLED_CHANCE = 0.02

type Step = { mean: number; variance: number; paceVariance: number; lunchChance: number; tv?: number; sv?: number; tp?: number; sp?: number }

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
  const travelPace = process.env.HACK_TP ? sumsPace(stats, input.sofar?.stops ?? []) : todayPace(stats.dayPace.travel, today.travelRatios)
  const servicePace = todayPace(stats.dayPace.service, today.serviceRatios)
  const lunchMoments = lunchRemaining(stats.lunch, 0)
  const fullService = remainingAfter(stats.service.minutes, 0)

  let mean = 0
  let variance = 0
  let travelSum = 0
  let serviceSum = 0
  let tv = 0
  let sv = 0
  const steps: Array<Step | null> = []

  const legOf = (from: LatLng, to: LatLng) => {
    const base = travelMinutes(stats.travel, distanceKm(from, to), now + mean * MINUTE)
    return { mean: base * travelPace.factor, variance: travelVariance(stats.travel, base) * travelPace.factor ** 2 }
  }
  const drive = (leg: { mean: number; variance: number }) => {
    mean += leg.mean
    variance += leg.variance
    tv += leg.variance
    travelSum += leg.mean
  }
  const serve = (stop: LatLng, elapsed: number) => {
    const f = servicePace.factor * areaFactor(stats.service.areas, stop)
    const rest = elapsed > 0 ? remainingAfter(stats.service.minutes, elapsed / f) : fullService
    mean += rest.mean * f
    const sv0 = (stats.service as any).variance
    const m0 = fullService.mean * areaFactor(stats.service.areas, stop)
    const add = process.env.HACK_VAR && elapsed <= 0 && sv0 ? servicePace.factor ** 2 * (sv0.base + sv0.share * m0 * m0) : rest.variance * f * f
    variance += add
    sv += add
    serviceSum += rest.mean * f
  }
  const step = (lunchChance: number): Step => ({
    mean,
    variance,
    paceVariance: travelSum ** 2 * travelPace.logVariance + serviceSum ** 2 * servicePace.logVariance,
    lunchChance,
    tv, sv, tp: travelSum ** 2 * travelPace.logVariance, sp: serviceSum ** 2 * servicePace.logVariance,
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
  const vr = (stats as any).varianceBlend as { a: number; b: number } | undefined
  return steps.map((s, k) => {
    if (!s) return null
    const raw = s.variance + s.paceVariance + staleVariance
    const total = vr && process.env.HACK_BLEND ? vr.a * raw + vr.b * (k + 1) : raw
    // Offline, stops the timeline has already passed may be done unreported: if not, soon.
    const ahead = offline > 0 ? Math.max(s.mean - offline, Math.sqrt(total) / 2) : s.mean
    return {
      withoutLunch: { mean: ahead, variance: total },
      withLunch: { mean: ahead + lunchMoments.mean, variance: total + lunchMoments.variance },
      lunchChance: s.lunchChance,
      stops: k + 1, rawVar: raw,
      parts: { tv: s.tv, sv: s.sv, tp: s.tp, sp: s.sp, stale: staleVariance },
      settled: (process.env.HACK_STALE ? true : unseen < UNSEEN_AFTER_MINUTES) && lunch.kind !== 'now' && (s.lunchChance < UNSETTLED_CHANCE || s.lunchChance > 1 - UNSETTLED_CHANCE),
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

import { legsOf, servedInOrder } from './route-legs.ts'
import { wasLunchLeg } from './lunch.ts'
export function routeSums(stats: EtaStats, stops: PredictInput['stops'] | any[]) {
  let a = 0, m = 0, v = 0
  for (const leg of legsOf(servedInOrder(stops as any))) {
    const modelled = travelMinutes(stats.travel, leg.km, leg.departedAt)
    if (wasLunchLeg(stats.lunch, leg.minutes - modelled)) continue
    a += leg.minutes; m += modelled; v += travelVariance(stats.travel, modelled)
  }
  return { a, m, v }
}
function sumsPace(stats: EtaStats, stops: any[]) {
  const tau2 = Number(process.env.TAU2 ?? 0.01), centre = Number(process.env.TCENTRE ?? 0)
  const { a, m, v } = routeSums(stats, stops)
  if (m <= 0) return { factor: Math.exp(centre), logVariance: tau2 }
  const l = Math.log(Math.max(a, 0.1) / m) - centre, lv = v / (m * m)
  return { factor: Math.exp(centre + l * tau2 / (tau2 + lv)), logVariance: tau2 * lv / (tau2 + lv) }
}
