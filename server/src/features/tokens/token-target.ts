import { eq, sql } from 'drizzle-orm'
import type { Database } from '../../db/database.ts'
import { shipments, tenants, trackingTokens } from '../../db/schema/index.ts'
import { sha256Hex } from '../../secrets/sha256.ts'

/** The one shipment a shopper's token opens, its tenant, and the storefronts that may ask. */
export type TokenTarget = { shipmentId: string; tenantId: string; allowedOrigins: string[] }

/**
 * Resolves a token for a write, never from a cache: a revoked token must stop writing at once.
 * Unknown, revoked and expired tokens all give `undefined`.
 */
export function prepareTokenTarget(db: Database) {
  const byHash = db
    .select({
      shipmentId: shipments.id,
      tenantId: shipments.tenantId,
      revokedAt: trackingTokens.revokedAt,
      expiresAt: trackingTokens.expiresAt,
      allowedOrigins: tenants.allowedOrigins,
    })
    .from(trackingTokens)
    .innerJoin(shipments, eq(shipments.id, trackingTokens.shipmentId))
    .innerJoin(tenants, eq(tenants.id, shipments.tenantId))
    .where(eq(trackingTokens.tokenHash, sql.placeholder('tokenHash')))
    .prepare('token_target_by_hash')
  return async (token: string, now: Date): Promise<TokenTarget | undefined> => {
    const [row] = await byHash.execute({ tokenHash: await sha256Hex(token) })
    if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return undefined
    return { shipmentId: row.shipmentId, tenantId: row.tenantId, allowedOrigins: row.allowedOrigins }
  }
}
