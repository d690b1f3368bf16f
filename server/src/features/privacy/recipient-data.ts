import type { RecipientExport, RecipientSelector } from '@porchlight/shared'
import { and, eq } from 'drizzle-orm'
import { shipments } from '../../db/schema/index.ts'
import type { TenantContext } from '../../context.ts'
import { getConversation } from '../chat/index.ts'
import { getShipment } from '../shipments/index.ts'
import { eraseShipments } from './erase-shipments.ts'

async function recipientShipments(ctx: TenantContext, who: RecipientSelector): Promise<string[]> {
  const match = who.email !== undefined ? eq(shipments.recipientEmail, who.email) : eq(shipments.recipientPhone, who.phone ?? '')
  const rows = await ctx.db
    .select({ id: shipments.id })
    .from(shipments)
    .where(and(eq(shipments.tenantId, ctx.tenantId), match))
    .limit(1_000)
  return rows.map((r) => r.id)
}

/** Everything kept about one recipient of this tenant (a data subject's access request). */
export async function exportRecipient({ ctx, input }: { ctx: TenantContext; input: RecipientSelector }): Promise<RecipientExport> {
  const ids = await recipientShipments(ctx, input)
  const found = []
  for (const id of ids) {
    const detail = await getShipment({ ctx, input: { id } })
    const conversation = await getConversation({ ctx, input: { shipmentId: id } })
    found.push({ ...detail, conversation })
  }
  return { shipments: found }
}

/** Erases one recipient's personal data across the tenant's shipments now (a request to be forgotten). */
export async function eraseRecipient({ ctx, input }: { ctx: TenantContext; input: RecipientSelector }) {
  return { erased: await eraseShipments(ctx.db, await recipientShipments(ctx, input), ctx.clock.now()) }
}
