import type { Context } from 'hono'
import { streamSSE } from 'hono/streaming'
import { eq } from 'drizzle-orm'
import type { AppDeps } from '../../deps.ts'
import { shipments } from '../../db/schema/index.ts'
import type { AppEnv } from '../../env.ts'
import { openLiveFeed } from '../../services/live/live-feed.ts'

// Proxies and load balancers drop connections that stay silent for a minute or so.
const HEARTBEAT_MS = 20_000

/**
 * Where a stream starts: after `Last-Event-ID` on a reconnect (EventSource sends it itself),
 * after `?after=` on a first connection (the view's `lastEventId`), or else from now.
 */
async function startingPoint(c: Context<AppEnv>, deps: AppDeps, shipmentId: string): Promise<number> {
  for (const value of [c.req.header('Last-Event-ID'), c.req.query('after')]) {
    if (value !== undefined && /^\d{1,9}$/.test(value)) return Number(value)
  }
  const [row] = await deps.db.select({ seq: shipments.liveSeq }).from(shipments).where(eq(shipments.id, shipmentId))
  return row?.seq ?? 0
}

/** `GET /v1/track/:token/stream`: the shipment's live events as server-sent events. */
export async function liveStream(c: Context<AppEnv>, deps: AppDeps, shipmentId: string) {
  const after = await startingPoint(c, deps, shipmentId)
  c.header('X-Accel-Buffering', 'no')
  const response = streamSSE(c, async (stream) => {
    const closed = new Promise<void>((resolve) => stream.onAbort(resolve))
    const feed = openLiveFeed({
      db: deps.db,
      bus: deps.bus,
      shipmentId,
      after,
      send: (event) =>
        stream.writeSSE({ id: String(event.seq), event: event.name, data: JSON.stringify(event.data) }),
      onError: (error) => {
        deps.logger.error('live stream stopped', { error: String(error) })
        void stream.close()
      },
    })
    const heartbeat = setInterval(() => void stream.write(': heartbeat\n\n'), HEARTBEAT_MS)
    await closed
    clearInterval(heartbeat)
    feed.close()
  })
  // streamSSE says `no-cache`; a URL holding a credential must not be stored at all.
  response.headers.set('Cache-Control', 'no-store')
  return response
}
