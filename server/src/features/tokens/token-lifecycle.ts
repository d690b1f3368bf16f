import type { TrackingTokenResponse } from '@porchlight/shared'
import { and, eq, isNull, or, gt } from 'drizzle-orm'
import type { Transaction } from '../../db/database.ts'
import { shipments, trackingTokens } from '../../db/schema/index.ts'
import { notFound } from '../../errors/api-error.ts'
import type { TenantContext } from '../../context.ts'
import { mintToken } from './mint-token.ts'

async function lockTenantShipment(tx: Transaction, ctx: TenantContext, shipmentId: string) {
  const [row] = await tx
    .select({ id: shipments.id })
    .from(shipments)
    .where(and(eq(shipments.id, shipmentId), eq(shipments.tenantId, ctx.tenantId)))
    .for('update')
  if (!row) throw notFound('Shipment')
}

async function revokeAll(tx: Transaction, shipmentId: string, now: Date) {
  await tx
    .update(trackingTokens)
    .set({ revokedAt: now })
    .where(and(eq(trackingTokens.shipmentId, shipmentId), isNull(trackingTokens.revokedAt)))
}

/** Every link to the shipment stops working at once (a forwarded e-mail, a leaked link). */
export async function revokeTokens({ ctx, input }: { ctx: TenantContext; input: { shipmentId: string } }) {
  await ctx.db.transaction(async (tx) => {
    await lockTenantShipment(tx, ctx, input.shipmentId)
    await revokeAll(tx, input.shipmentId, ctx.clock.now())
  })
}

/** The old links stop working and a new one is issued, for the retailer to send the shopper. */
export async function rotateToken({ ctx, input }: { ctx: TenantContext; input: { shipmentId: string } }): Promise<TrackingTokenResponse> {
  return ctx.db.transaction(async (tx) => {
    await lockTenantShipment(tx, ctx, input.shipmentId)
    await revokeAll(tx, input.shipmentId, ctx.clock.now())
    return mintToken(tx, ctx, input.shipmentId)
  })
}

/**
 * Once the delivery is over its links live `days` more: long enough to leave feedback, not
 * forever. An earlier expiry already set is kept.
 */
export async function expireTokensAfter(tx: Transaction, shipmentId: string, over: Date, days: number) {
  const expiresAt = new Date(over.getTime() + days * 86_400_000)
  await tx
    .update(trackingTokens)
    .set({ expiresAt })
    .where(and(eq(trackingTokens.shipmentId, shipmentId), or(isNull(trackingTokens.expiresAt), gt(trackingTokens.expiresAt, expiresAt))))
}
