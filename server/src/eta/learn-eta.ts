import { learnCalibration } from './calibration.ts'
import { logRatio, learnPaceSpread } from './day-pace.ts'
import { defaultStats } from './default-stats.ts'
import { LUNCH_LEG_MINUTES, learnLunch } from './lunch.ts'
import { remainingAfter } from './quantile-table.ts'
import { replaySamples } from './replay-samples.ts'
import { type Leg, legsOf, servedInOrder } from './route-legs.ts'
import { areaFactor } from './service-areas.ts'
import { learnService, minutesAt } from './service-model.ts'
import { fitTravel, travelMinutes } from './travel-model.ts'
import type { CompletedRoute, EtaStats } from './types.ts'

// Legs longer than this are left out of the first rough fit, which only serves to spot breaks.
const ROUGH_FIT_MAX_MINUTES = 25
const CROSS_FIT_FOLDS = 3

/**
 * Learns travel rates by time of day, doorstep-time quantiles, how much a day's pace varies,
 * when and for how long drivers break, and finally calibrates the whole model by replaying the
 * history through it. With no history, returns cautious defaults.
 * @example
 * const stats = learnEta(completedRoutes) // store as JSON; pass to predictArrivals
 */
export function learnEta(history: CompletedRoute[]): EtaStats {
  const defaults = defaultStats()
  const routes = history
    .map((route) => ({
      stops: servedInOrder(route.stops),
      pings: [...route.pings].sort((a, b) => a.at.getTime() - b.at.getTime()),
    }))
    .filter((route) => route.stops.length > 0)
  if (routes.length === 0) return defaults
  const model = fitModel(routes, defaults)
  // Cross-fitting: each route is replayed through a model learnt without it, so the calibration
  // sees errors as they will be on new days, not the flattering ones on days the model has seen.
  // Folds go by calendar day: routes on the same day share its weather and traffic.
  const days = [...new Set(routes.map(dayOf))]
  const folds = days.length >= CROSS_FIT_FOLDS * 2 ? CROSS_FIT_FOLDS : 1
  const foldOf = (route: CompletedRoute) => days.indexOf(dayOf(route)) % folds
  const samples = Array.from({ length: folds }, (_, fold) => {
    const replayed = routes.filter((route) => foldOf(route) === fold)
    const learnt = folds === 1 ? model : fitModel(routes.filter((route) => foldOf(route) !== fold), defaults)
    return replaySamples(learnt, replayed)
  }).flat()
  return { ...model, calibration: learnCalibration(samples, defaults.calibration) }
}

/** Everything but the calibration. */
function fitModel(routes: CompletedRoute[], defaults: EtaStats): EtaStats {
  const legsByRoute = routes.map((route) => legsOf(route.stops))
  const rough = fitTravel(
    legsByRoute.flat().filter((leg) => leg.minutes <= ROUGH_FIT_MAX_MINUTES),
    defaults.travel,
  )
  const excessOf = (leg: Leg) => leg.minutes - travelMinutes(rough, leg.km, leg.departedAt)
  // Each route's longest overrun, if long enough, is its break; everything else is driving.
  const breaks: Array<{ startedAt: Date; minutes: number }> = []
  const drivingByRoute = legsByRoute.map((legs) => {
    const longest = legs.reduce<Leg | undefined>((best, leg) => (!best || excessOf(leg) > excessOf(best) ? leg : best), undefined)
    if (!longest || excessOf(longest) < LUNCH_LEG_MINUTES) return legs
    breaks.push({ startedAt: longest.departedAt, minutes: excessOf(longest) })
    return legs.filter((leg) => leg !== longest)
  })
  const driving = drivingByRoute.flat()
  const travel = fitTravel(driving, defaults.travel)
  const service = learnService(routes.map((route) => route.stops), defaults.service)
  const serviceMean = remainingAfter(service.minutes, 0).mean
  const serviceRatiosByRoute = routes.map((route) =>
    route.stops.map((stop) => logRatio(minutesAt(stop), serviceMean * areaFactor(service.areas, stop))),
  )

  return {
    version: 2,
    learnedFrom: { routes: routes.length, legs: driving.length, stops: serviceRatiosByRoute.flat().length },
    travel,
    service,
    dayPace: {
      travel: learnPaceSpread(
        drivingByRoute.map((legs) => legs.map((leg) => logRatio(leg.minutes, travelMinutes(travel, leg.km, leg.departedAt)))),
        defaults.dayPace.travel,
      ),
      service: learnPaceSpread(serviceRatiosByRoute, defaults.dayPace.service),
    },
    lunch: learnLunch({
      routes: routes.map((route) => ({ from: route.stops[0]!.arrivedAt, to: route.stops[route.stops.length - 1]!.departedAt })),
      breaks,
      ordinaryExcess: driving.map((leg) => leg.minutes - travelMinutes(travel, leg.km, leg.departedAt)),
      fallback: defaults.lunch,
    }),
    calibration: defaults.calibration,
  }
}

const dayOf = (route: CompletedRoute) => route.stops[0]!.arrivedAt.toISOString().slice(0, 10)
