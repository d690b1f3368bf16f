import { logRatio } from './day-pace.ts'
import { wasLunchLeg } from './lunch.ts'
import { remainingAfter } from './quantile-table.ts'
import { legsOf, servedInOrder } from './route-legs.ts'
import { areaFactor } from './service-areas.ts'
import { travelMinutes } from './travel-model.ts'
import type { CompletedRoute, EtaStats } from './types.ts'

const MINUTE = 60_000

/** What today's completed stops say: how fast this route is going, and whether lunch is over. */
export function todayFrom(stats: EtaStats, doneStops: CompletedRoute['stops']) {
  const done = servedInOrder(doneStops)
  const travelRatios: number[] = []
  let lunchTaken = false
  for (const leg of legsOf(done)) {
    const modelled = travelMinutes(stats.travel, leg.km, leg.departedAt)
    if (wasLunchLeg(stats.lunch, leg.minutes - modelled)) lunchTaken = true
    else travelRatios.push(logRatio(leg.minutes, modelled))
  }
  const serviceMean = remainingAfter(stats.service.minutes, 0).mean
  const serviceRatios = done.map((stop) =>
    logRatio((stop.departedAt.getTime() - stop.arrivedAt.getTime()) / MINUTE, serviceMean * areaFactor(stats.service.areas, stop)),
  )
  return { lastDone: done[done.length - 1], previousDone: done[done.length - 2], travelRatios, serviceRatios, lunchTaken }
}
