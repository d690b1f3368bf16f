import type { WebhookEvent, WebhookEventType } from '@porchlight/shared'
import { eq } from 'drizzle-orm'
import type { Transaction } from '../../db/database.ts'
import { webhookEndpoints, webhookOutbox } from '../../db/schema/index.ts'
import type { ServiceContext } from '../../context.ts'

export type WebhookNews = {
  tenantId: string
  shipment: { id: string; orderRef: string }
  type: WebhookEventType
  actor: WebhookEvent['actor']
  data: Record<string, unknown>
}

/**
 * Writes the event to the outbox inside the transaction of the change it reports: both commit
 * or neither does. Tenants without a webhook get nothing queued (events from before a webhook
 * was set are not replayed to it).
 */
export async function enqueueWebhook(tx: Transaction, ctx: Pick<ServiceContext, 'clock' | 'ids'>, news: WebhookNews) {
  const [endpoint] = await tx
    .select({ tenantId: webhookEndpoints.tenantId })
    .from(webhookEndpoints)
    .where(eq(webhookEndpoints.tenantId, news.tenantId))
  if (!endpoint) return false
  const now = ctx.clock.now()
  const event: WebhookEvent = {
    id: ctx.ids.id('whe'),
    type: news.type,
    createdAt: now.toISOString(),
    shipment: news.shipment,
    actor: news.actor,
    data: news.data,
  }
  await tx.insert(webhookOutbox).values({
    id: event.id,
    tenantId: news.tenantId,
    shipmentId: news.shipment.id,
    type: news.type,
    body: JSON.stringify(event),
    createdAt: now,
    nextAttemptAt: now,
  })
  return true
}
