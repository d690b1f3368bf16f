import type { Inbox, InboxQuery } from '@porchlight/shared'
import { and, asc, eq, gt } from 'drizzle-orm'
import { messages, shipments } from '../../db/schema/index.ts'
import { validationFailed } from '../../errors/api-error.ts'
import type { TenantContext } from '../../context.ts'
import { toMessage } from './message-view.ts'

/**
 * Every conversation's messages across the tenant, oldest first, newer than the cursor: an
 * inbox that polls with `after` sees each message once.
 */
export async function listInbox({ ctx, input }: { ctx: TenantContext; input: InboxQuery }): Promise<Inbox> {
  const after = input.after === undefined ? 0 : Number(input.after)
  if (!Number.isSafeInteger(after) || after < 0) throw validationFailed([{ path: 'after', message: 'is not a cursor this API gave' }])
  const rows = await ctx.db
    .select({ message: messages, orderRef: shipments.orderRef })
    .from(messages)
    .innerJoin(shipments, eq(shipments.id, messages.shipmentId))
    .where(and(eq(messages.tenantId, ctx.tenantId), gt(messages.seq, after)))
    .orderBy(asc(messages.seq))
    .limit(input.limit)
  return {
    messages: rows.map((r) => ({ ...toMessage(r.message), shipmentId: r.message.shipmentId, orderRef: r.orderRef })),
    cursor: String(rows.at(-1)?.message.seq ?? after),
  }
}
