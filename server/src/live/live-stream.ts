import type { Context } from 'hono'
import { eq } from 'drizzle-orm'
import type { LiveEvent } from '../ports/event-bus.ts'
import type { AppDeps } from '../deps.ts'
import { shipments } from '../db/schema/index.ts'
import type { AppEnv } from '../env.ts'
import { openLiveFeed } from './live-feed.ts'
import { loggableError } from '../errors/loggable-error.ts'

// Proxies and load balancers drop connections that stay silent for a minute or so.
const HEARTBEAT_MS = 20_000
const encoder = new TextEncoder()
const HEARTBEAT = encoder.encode(': heartbeat\n\n')
const SSE_HEADERS = { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', 'X-Accel-Buffering': 'no' }

// One event goes to every stream of its shipment: encode it once, not once per stream.
const frames = new WeakMap<LiveEvent, Uint8Array>()
function frame(event: LiveEvent): Uint8Array {
  let bytes = frames.get(event)
  if (!bytes) {
    bytes = encoder.encode(`id: ${event.seq}\nevent: ${event.name}\ndata: ${JSON.stringify(event.data)}\n\n`)
    frames.set(event, bytes)
  }
  return bytes
}

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

/**
 * `GET /v1/track/:token/stream`: the shipment's live events as server-sent events. Each event
 * is written to the stream as it comes, without a promise per event and stream, which is what
 * lets one instance hold ten thousand of them.
 */
export async function liveStream(
  c: Context<AppEnv>,
  deps: AppDeps,
  shipmentId: string,
  /** Whether the stream's token still opens the shipment: a revoked or expired link ends it. */
  stillAllowed: () => Promise<boolean>,
  /** Gives back the stream's place under the caps once it has ended, whoever ended it. */
  release: () => void,
) {
  let after: number
  try {
    after = await startingPoint(c, deps, shipmentId)
  } catch (error) {
    release()
    throw error
  }
  return deps.eventStreams(c, SSE_HEADERS, (sink) => {
    let stopped = false
    // Spread reconnects after a restart: each client waits 1 to 5 s before its first retry.
    sink.write(encoder.encode(`retry: ${1000 + Math.floor(Math.random() * 4000)}\n\n`))
    const feed = openLiveFeed({
      db: deps.db,
      bus: deps.bus,
      shipmentId,
      after,
      send: (event) => {
        if (sink.write(frame(event))) return true
        sink.drained(() => feed.resume())
        return false
      },
      onError: (error) => {
        deps.logger.error('live stream stopped', loggableError(error))
        end()
      },
    })
    const heartbeat = setInterval(() => sink.write(HEARTBEAT), HEARTBEAT_MS)
    // A database that does not answer is not a revocation: the stream stays.
    const recheck = setInterval(() => {
      stillAllowed().then(
        (allowed) => allowed || end(),
        () => {},
      )
    }, deps.config.streamRecheckMs)
    const stop = () => {
      stopped = true
      clearInterval(heartbeat)
      clearInterval(recheck)
      feed.close()
      release()
    }
    // A recheck may answer after the client left: only a stream still open is ended.
    const end = () => {
      if (stopped) return
      stop()
      sink.end()
    }
    return stop
  })
}
