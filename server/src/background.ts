import type { AppDeps } from './deps.ts'
import { applyRetention, pruneExpired } from './features/privacy/index.ts'
import { createRouteJobs, type RouteJobs } from './route-jobs/route-jobs.ts'

/**
 * The app's work off its requests: the route jobs that follow a route's news, and the periodic
 * chores (windows of routes gone quiet, retention and pruning), on the scheduler the entry owns.
 * Stopping the scheduler lets the route jobs finish first.
 */
export function startBackgroundWork(deps: AppDeps): RouteJobs {
  const jobs = createRouteJobs(deps)
  deps.scheduler.settleOnStop(jobs.stop)
  deps.scheduler.every('refreshing quiet routes', 60_000, () => jobs.refreshQuietRoutes())
  deps.scheduler.every('retention', 3_600_000, async () => {
    await applyRetention(deps.db, deps.clock.now())
    await pruneExpired(deps.db, deps.clock.now())
  })
  return jobs
}
