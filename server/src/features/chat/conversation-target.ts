import { and, asc, eq } from 'drizzle-orm'
import type { Database, Transaction } from '../../db/database.ts'
import { shipmentEvents, shipments, tenants } from '../../db/schema/index.ts'
import { notFound } from '../../errors/api-error.ts'
import { statusOf, toTimelineEntry } from '../shipments/index.ts'
import { resolveSettings } from '../settings/index.ts'
import { conversationState } from './conversation-state.ts'

/**
 * A tenant's shipment with what decides whether its chat is open; inside a transaction, its row
 * is locked so messages of one shipment are numbered in the order they commit.
 */
export async function conversationTarget(
  db: Database | Transaction,
  input: { tenantId: string; shipmentId: string; now: Date; lock: boolean },
) {
  const query = db
    .select({ id: shipments.id, tenantId: shipments.tenantId, orderRef: shipments.orderRef, settings: tenants.settings })
    .from(shipments)
    .innerJoin(tenants, eq(tenants.id, shipments.tenantId))
    .where(and(eq(shipments.id, input.shipmentId), eq(shipments.tenantId, input.tenantId)))
  const [row] = input.lock ? await query.for('update', { of: shipments }) : await query
  if (!row) throw notFound(input.lock ? 'Delivery' : 'Shipment')
  const events = await db
    .select()
    .from(shipmentEvents)
    .where(eq(shipmentEvents.shipmentId, row.id))
    .orderBy(asc(shipmentEvents.at), asc(shipmentEvents.seq))
  const timeline = events.map(toTimelineEntry)
  const status = statusOf(timeline)
  const settings = resolveSettings(row.settings)
  return { ...row, settings, timeline, status, ...conversationState(timeline, status, settings.chatGraceHours, input.now) }
}
