/**
 * Routes: a driver's run, its stops in order, the van's positions, and the windows and
 * "stops away" each shopper on it is shown, under the privacy rule for the driver's position.
 */
export { shareDriverPosition } from './driver-position.ts'
export { type StopFacts, visibleDriver, visibleEta, visibleStopsAway } from './driver-visibility.ts'
export { relearnEtaStats } from './eta-stats-store.ts'
export { markStopDone, rememberShownWindow } from './mark-stop-done.ts'
export { quietRoutes } from './quiet-routes.ts'
export { refreshRoute } from './refresh-route.ts'
export { type RouteNews, routeRoutes } from './routes-app.ts'
