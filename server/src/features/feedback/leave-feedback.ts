import { CASE_TAGS, type DeliveryCase, type PostFeedbackRequest } from '@porchlight/shared'
import { and, desc, eq, inArray } from 'drizzle-orm'
import type { Transaction } from '../../db/database.ts'
import { cases, feedback, routePositions, routeStops } from '../../db/schema/index.ts'
import { ApiError, optionDisabled } from '../../errors/api-error.ts'
import { commitWithNews } from '../../outbox/commit-with-news.ts'
import type { ServiceContext } from '../../context.ts'
import { conversationTarget } from '../chat/index.ts'
import { enqueueWebhook } from '../webhooks/index.ts'
import type { ShopperContext } from '../tokens/index.ts'

type Target = Awaited<ReturnType<typeof conversationTarget>>

/** Where the driver was last seen on the shipment's route: evidence for a disputed delivery. */
async function lastPosition(tx: Transaction, shipmentId: string) {
  const [row] = await tx
    .select({ lat: routePositions.lat, lng: routePositions.lng, at: routePositions.at })
    .from(routeStops)
    .innerJoin(routePositions, and(eq(routePositions.tenantId, routeStops.tenantId), eq(routePositions.routeId, routeStops.routeId)))
    .where(eq(routeStops.shipmentId, shipmentId))
    .orderBy(desc(routePositions.at))
    .limit(1)
  return row ? { lat: row.lat, lng: row.lng, at: row.at.toISOString() } : null
}

/** Opens a case for each problem tag not already opened, with the delivery as it stands now. */
async function openCases(tx: Transaction, ctx: ServiceContext, target: Target, tags: readonly string[], now: Date) {
  const kinds = CASE_TAGS.filter((kind) => tags.includes(kind))
  if (kinds.length === 0) return
  const open = await tx
    .select({ kind: cases.kind })
    .from(cases)
    .where(and(eq(cases.shipmentId, target.id), inArray(cases.kind, kinds)))
  const fresh = kinds.filter((kind) => !open.some((c) => c.kind === kind))
  if (fresh.length === 0) return
  const evidence: DeliveryCase['evidence'] = {
    timeline: target.timeline,
    lastPosition: await lastPosition(tx, target.id),
    proofNote: target.timeline.findLast((e) => e.type === 'delivered')?.note ?? null,
  }
  await tx
    .insert(cases)
    .values(fresh.map((kind) => ({ id: ctx.ids.id('case'), tenantId: target.tenantId, shipmentId: target.id, kind, openedAt: now, evidence })))
}

/**
 * The shopper's rating after delivery: editable for the tenant's set hours from the first time
 * it was left, then frozen. "Not received" and "damaged" open a case for the retailer.
 * Resolves to `true` when this was the first feedback.
 */
export async function leaveFeedback({ ctx, input }: { ctx: ShopperContext; input: PostFeedbackRequest }): Promise<boolean> {
  const { target } = ctx
  const now = ctx.clock.now()
  return commitWithNews(ctx, async (tx, news) => {
    const shipment = await conversationTarget(tx, { tenantId: target.tenantId, shipmentId: target.shipmentId, now, lock: true })
    if (!shipment.settings.options.feedback) throw optionDisabled('The retailer does not ask for feedback.')
    if (shipment.status !== 'delivered') {
      throw new ApiError('feedback_not_open', 'Feedback opens once the parcel has been delivered.')
    }
    const [existing] = await tx.select().from(feedback).where(eq(feedback.shipmentId, shipment.id))
    if (existing?.editableUntil && existing.editableUntil <= now) {
      throw new ApiError('feedback_frozen', 'This feedback can no longer be changed.')
    }
    const values = { rating: input.rating, tags: input.tags ?? [], comment: input.comment ?? null, updatedAt: now }
    if (existing) await tx.update(feedback).set(values).where(eq(feedback.shipmentId, shipment.id))
    else {
      const editableUntil = new Date(now.getTime() + shipment.settings.feedbackEditableHours * 3_600_000)
      await tx.insert(feedback).values({ shipmentId: shipment.id, ...values, createdAt: now, editableUntil })
    }
    await openCases(tx, ctx, shipment, values.tags, now)
    const queued = await enqueueWebhook(tx, ctx, {
      tenantId: shipment.tenantId,
      shipment: { id: shipment.id, orderRef: shipment.orderRef },
      type: existing ? 'feedback.updated' : 'feedback.created',
      actor: 'shopper',
      data: { feedback: { rating: values.rating, tags: values.tags, comment: values.comment } },
    })
    if (queued) news.queued('webhooks')
    return !existing
  })
}
