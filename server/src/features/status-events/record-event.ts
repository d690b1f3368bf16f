import type { CreateEventRequest, EventType, PushKind } from '@porchlight/shared'
import { and, eq } from 'drizzle-orm'
import { shipmentEvents, shipments } from '../../db/schema/index.ts'
import { notFound, validationFailed } from '../../errors/api-error.ts'
import type { TenantContext } from '../../context.ts'
import { commitWithNews } from '../../outbox/commit-with-news.ts'
import { forgetDriverPositions } from '../../live/forget-driver-positions.ts'
import { enqueuePush, expectedWindow } from '../push/index.ts'
import { markStopDone, rememberShownWindow } from '../routes/index.ts'
import { getSettings } from '../settings/index.ts'
import { giveUpPlaces } from '../preferences/index.ts'
import { expireTokensAfter } from '../tokens/index.ts'
import { isTooFarAhead, statusSql, toShipmentEvent } from '../shipments/index.ts'
import { type Idempotency, type RecordedAnswer, saveAnswer, storedAnswer } from './idempotency.ts'

class LostIdempotencyRace extends Error {}

/** "A stop is done when its shipment gets `delivered` or `failed_attempt`." */
const STOP_DONE = new Set<EventType>(['delivered', 'failed_attempt'])
/** After these the delivery is over, and its tracking links start to count down. */
const OVER = new Set<EventType>(['delivered', 'returned', 'cancelled'])

/** The statuses a subscribed shopper is notified of. */
const NOTIFIED: Partial<Record<EventType, PushKind>> = {
  out_for_delivery: 'out_for_delivery',
  delivered: 'delivered',
  failed_attempt: 'failed_attempt',
  ready_for_pickup: 'ready_for_pickup',
}

/**
 * Adds a status event to a shipment's timeline. The same event (type and instant) reported again
 * is answered with the existing entry (200) instead of a second one; with an `Idempotency-Key`,
 * a repeat gets the first answer and writes nothing.
 */
export async function recordEvent({
  ctx,
  input,
}: {
  ctx: TenantContext
  input: { shipmentId: string; event: CreateEventRequest; idempotency: Idempotency | undefined }
}): Promise<RecordedAnswer & { stopDone?: boolean }> {
  const { shipmentId, event, idempotency } = input
  const at = new Date(event.at)
  if (isTooFarAhead(at, ctx.clock.now())) {
    throw validationFailed([{ path: 'at', message: 'must not be in the future' }])
  }
  if (idempotency) {
    const earlier = await storedAnswer(ctx.db, ctx.tenantId, idempotency)
    if (earlier) return earlier
  }
  // Read before the transaction: embedded PGlite has one connection, which the transaction holds.
  const tokenExpiryDays = OVER.has(event.type) ? (await getSettings({ ctx })).tokenExpiryDays : undefined
  let answer: RecordedAnswer & { stopDone: boolean }
  try {
    answer = await commitWithNews(ctx, async (tx, news) => {
      // Locked so that concurrent events of one shipment derive its status one after the other.
      const [shipment] = await tx
        .select({ id: shipments.id })
        .from(shipments)
        .where(and(eq(shipments.id, shipmentId), eq(shipments.tenantId, ctx.tenantId)))
        .for('update')
      if (!shipment) throw notFound('Shipment')
      const inserted = await tx
        .insert(shipmentEvents)
        .values({ id: ctx.ids.id('evt'), shipmentId, type: event.type, at, note: event.note })
        .onConflictDoNothing({ target: [shipmentEvents.shipmentId, shipmentEvents.type, shipmentEvents.at] })
        .returning()
      const [row] =
        inserted.length > 0
          ? inserted
          : await tx
              .select()
              .from(shipmentEvents)
              .where(
                and(
                  eq(shipmentEvents.shipmentId, shipmentId),
                  eq(shipmentEvents.type, event.type),
                  eq(shipmentEvents.at, at),
                ),
              )
      const [current] = await tx.select({ status: statusSql }).from(shipments).where(eq(shipments.id, shipmentId))
      if (!row || !current) throw new Error(`event of ${shipmentId} vanished inside its transaction`)
      const result: RecordedAnswer = {
        status: inserted.length > 0 ? 201 : 200,
        body: { ...toShipmentEvent(row), status: current.status },
        replayed: false,
      }
      if (inserted.length > 0) {
        const { status, ...entry } = result.body
        await news.live(shipmentId, 'status', { status, entry })
        if (status !== 'out_for_delivery') await forgetDriverPositions(tx, shipmentId)
        if (STOP_DONE.has(event.type)) await markStopDone(tx, shipmentId, at)
        if (event.type === 'delivered') await rememberShownWindow(tx, shipmentId)
        if (tokenExpiryDays !== undefined) await expireTokensAfter(tx, shipmentId, at, tokenExpiryDays)
        if (event.type === 'cancelled' || event.type === 'returned') await giveUpPlaces(tx, ctx.tenantId, shipmentId)
        const kind = NOTIFIED[event.type]
        if (kind && (await enqueuePush(tx, ctx, { shipmentId, kind, window: await expectedWindow(tx, shipmentId) }))) news.queued('pushes')
      }
      if (idempotency && !(await saveAnswer(tx, { tenantId: ctx.tenantId, shipmentId, now: ctx.clock.now() }, idempotency, result))) {
        throw new LostIdempotencyRace()
      }
      return { ...result, stopDone: inserted.length > 0 && STOP_DONE.has(event.type) }
    })
  } catch (error) {
    if (!(error instanceof LostIdempotencyRace) || !idempotency) throw error
    const winner = await storedAnswer(ctx.db, ctx.tenantId, idempotency)
    if (!winner) throw error
    return winner
  }
  return answer
}
