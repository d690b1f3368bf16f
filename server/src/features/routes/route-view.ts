import type { Route } from '@porchlight/shared'
import type { RouteState } from './route-state.ts'

/** The retailer's view of a route: every stop, done or not, with the window last predicted. */
export function toRoute(state: RouteState): Route {
  let stopsAway = 0
  return {
    id: state.id,
    driver: { name: state.driverName },
    stops: state.stops.map((stop) => {
      const done = stop.departedAt !== null
      const eta =
        !done && stop.etaEarliest && stop.etaLatest && stop.etaUpdatedAt
          ? { start: stop.etaEarliest.toISOString(), end: stop.etaLatest.toISOString(), stopsAway, updatedAt: stop.etaUpdatedAt.toISOString() }
          : null
      if (!done) stopsAway += 1
      return { shipmentId: stop.shipmentId, serviceMinutes: stop.serviceMinutes, status: stop.status, done, eta }
    }),
    lastPosition: state.lastPosition && { ...state.lastPosition, at: state.lastPosition.at.toISOString() },
  }
}
