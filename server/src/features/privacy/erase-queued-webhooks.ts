import type { WebhookEvent } from '@porchlight/shared'
import { eq, inArray } from 'drizzle-orm'
import type { Transaction } from '../../db/database.ts'
import { webhookOutbox } from '../../db/schema/index.ts'
import { ERASED } from './erased.ts'

type Data = Record<string, unknown>

/** The event as the erased shipment would report it: the shopper's own words gone, the facts kept. */
function redact(event: WebhookEvent): WebhookEvent {
  const data: Data = { ...event.data }
  if (data.preferences && typeof data.preferences === 'object') {
    data.preferences = { ...(data.preferences as Data), safePlace: null, instructions: null, accessNeeds: [] }
  }
  if (data.message && typeof data.message === 'object') data.message = { ...(data.message as Data), body: ERASED }
  if (data.feedback && typeof data.feedback === 'object') data.feedback = { ...(data.feedback as Data), comment: null }
  return { ...event, data }
}

/**
 * Rewrites the webhook events still waiting to go out for these shipments without what the
 * recipient said. They keep their id, so a receiver that saw the first attempt sees the same
 * event; delivered events are not kept at all.
 */
export async function eraseQueuedWebhooks(tx: Transaction, shipmentIds: string[]) {
  const queued = await tx
    .select({ id: webhookOutbox.id, body: webhookOutbox.body })
    .from(webhookOutbox)
    .where(inArray(webhookOutbox.shipmentId, shipmentIds))
    .for('update')
  for (const row of queued) {
    const body = JSON.stringify(redact(JSON.parse(row.body) as WebhookEvent))
    await tx.update(webhookOutbox).set({ body }).where(eq(webhookOutbox.id, row.id))
  }
}
