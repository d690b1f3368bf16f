import type { ShipmentList, ShipmentListQuery } from '@porchlight/shared'
import { and, desc, eq, sql } from 'drizzle-orm'
import { shipments } from '../../db/schema/index.ts'
import type { TenantContext } from '../../context.ts'
import { decodeCursor, encodeCursor } from './list-cursor.ts'
import { promisedWindowOf } from './promised-window.ts'
import { statusSql } from './shipment-status.ts'

/** The tenant's shipments, newest first, a page at a time. */
export async function listShipments({
  ctx,
  input,
}: {
  ctx: TenantContext
  input: ShipmentListQuery
}): Promise<ShipmentList> {
  const after = input.cursor === undefined ? undefined : decodeCursor(input.cursor)
  const rows = await ctx.db
    .select({
      id: shipments.id,
      orderRef: shipments.orderRef,
      status: statusSql,
      recipientName: shipments.recipientName,
      city: shipments.city,
      postcode: shipments.postcode,
      promisedStart: shipments.promisedStart,
      promisedEnd: shipments.promisedEnd,
      createdAt: shipments.createdAt,
    })
    .from(shipments)
    .where(
      and(
        eq(shipments.tenantId, ctx.tenantId),
        input.orderRef === undefined ? undefined : eq(shipments.orderRef, input.orderRef),
        input.status === undefined ? undefined : eq(statusSql, input.status),
        after === undefined
          ? undefined
          : sql`(${shipments.createdAt}, ${shipments.id}) < (${after.createdAt.toISOString()}::timestamptz, ${after.id})`,
      ),
    )
    .orderBy(desc(shipments.createdAt), desc(shipments.id))
    .limit(input.limit + 1)
  const page = rows.slice(0, input.limit)
  const last = page.at(-1)
  return {
    shipments: page.map((row) => ({
      id: row.id,
      orderRef: row.orderRef,
      status: row.status,
      recipientName: row.recipientName,
      city: row.city,
      postcode: row.postcode,
      promisedWindow: promisedWindowOf(row),
      createdAt: row.createdAt.toISOString(),
    })),
    nextCursor: rows.length > input.limit && last ? encodeCursor(last) : null,
  }
}
