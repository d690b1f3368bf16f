import { eq } from 'drizzle-orm'
import { routeStops } from '../../db/schema/index.ts'
import type { TenantContext } from '../../context.ts'
import { commitWithNews } from '../../outbox/commit-with-news.ts'
import { enqueuePush } from '../push/index.ts'
import { getSettings } from '../settings/index.ts'
import { visibleStopsAway } from './driver-visibility.ts'
import { lockRouteRefresh } from './route-lock.ts'
import type { RouteStopState } from './route-state.ts'

/**
 * Before the first ping: tells each shopper whose count changed how many stops come before
 * theirs ("3 stops away"), with no window yet, and notifies at the tenant's stops-away mark.
 */
export async function tellStopsAway({ ctx, input }: { ctx: TenantContext; input: { routeId: string; remaining: RouteStopState[] } }) {
  const { pushStopsAway } = await getSettings({ ctx })
  await commitWithNews(ctx, async (tx, news) => {
    await lockRouteRefresh(tx, ctx.tenantId, input.routeId)
    // Farthest first, in the lock order of a refresh and of the driver-position job.
    for (let ahead = input.remaining.length - 1; ahead >= 0; ahead--) {
      const stop = input.remaining[ahead]!
      const stopsAway = visibleStopsAway({ status: stop.status, stopsAway: ahead, done: false })
      if (stopsAway === null || stop.etaSentStopsAway === stopsAway) continue
      await news.live(stop.shipmentId, 'eta', { eta: null, stopsAway })
      await tx.update(routeStops).set({ etaSentStopsAway: stopsAway }).where(eq(routeStops.shipmentId, stop.shipmentId))
      if (stopsAway === pushStopsAway && (await enqueuePush(tx, ctx, { shipmentId: stop.shipmentId, kind: 'stops_away', stopsAway }))) {
        news.queued('pushes')
      }
    }
  })
}
