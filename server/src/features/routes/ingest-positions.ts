import type { PostPositionsRequest, PostPositionsResponse } from '@porchlight/shared'
import { and, eq } from 'drizzle-orm'
import { routePositions, routes } from '../../db/schema/index.ts'
import { notFound, validationFailed } from '../../errors/api-error.ts'
import { isTooFarAhead } from '../shipments/index.ts'
import type { TenantContext } from '../../context.ts'

/**
 * Stores a batch of driver pings. Pings may arrive late, out of order or twice: each instant is
 * kept once, and "where the driver is" is always the latest instant, whatever order it came in.
 * A ping dated ahead of the clock would stay "the latest" for good, so the batch is refused.
 */
export async function ingestPositions({
  ctx,
  input,
}: {
  ctx: TenantContext
  input: { routeId: string; batch: PostPositionsRequest }
}): Promise<PostPositionsResponse> {
  const { routeId, batch } = input
  const now = ctx.clock.now()
  const ahead = batch.positions.flatMap((p, i) => (isTooFarAhead(new Date(p.at), now) ? [{ path: `positions.${i}.at`, message: 'must not be in the future' }] : []))
  if (ahead.length > 0) throw validationFailed(ahead)
  const [route] = await ctx.db
    .select({ id: routes.id })
    .from(routes)
    .where(and(eq(routes.tenantId, ctx.tenantId), eq(routes.id, routeId)))
  if (!route) throw notFound('Route')
  const stored = await ctx.db
    .insert(routePositions)
    .values(batch.positions.map((p) => ({ tenantId: ctx.tenantId, routeId, at: new Date(p.at), lat: p.lat, lng: p.lng })))
    .onConflictDoNothing()
    .returning({ at: routePositions.at })
  return { accepted: stored.length, duplicates: batch.positions.length - stored.length }
}
