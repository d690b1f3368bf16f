import type { LookupRequest, TrackingTokenResponse } from '@porchlight/shared'
import { and, eq } from 'drizzle-orm'
import { shipments, tenants } from '../../db/schema/index.ts'
import { ApiError } from '../../errors/api-error.ts'
import type { ServiceContext } from '../context.ts'
import { enforceRateLimit, type RateLimitRule } from '../rate-limits/rate-limit.ts'
import { sha256Hex } from '../secrets/sha256.ts'
import { mintToken } from '../tokens/mint-token.ts'
import { normalisePostcode } from '../windows/postcode.ts'

// Enough for a shopper who mistypes a few times; far too few to walk through order numbers.
export const LOOKUPS_PER_CLIENT: RateLimitRule = { name: 'lookup-client', limit: 10, windowMs: 60_000 }
export const LOOKUPS_PER_ORDER: RateLimitRule = { name: 'lookup-order', limit: 5, windowMs: 15 * 60_000 }
// A looked-up link is for this visit, not to pass around.
const LOOKUP_TOKEN_DAYS = 7

const wrongPair = () => new ApiError(404, 'not_found', 'No delivery matches this order number and postcode.')

/** Compares digests, never the secrets themselves, so the time taken says nothing of where they differ. */
async function sameSecret(a: string, b: string): Promise<boolean> {
  const [x, y] = await Promise.all([sha256Hex(a), sha256Hex(b)])
  let diff = 0
  for (let i = 0; i < x.length; i++) diff |= x.charCodeAt(i) ^ y.charCodeAt(i)
  return diff === 0
}

/**
 * Finds a shipment by order reference and postcode for the lookup form, answering the same 404
 * whichever part was wrong, and mints a short-lived link for it. Limited per client and per
 * order, so neither a single visitor nor a botnet can walk through orders.
 */
export async function lookupShipment(
  ctx: ServiceContext,
  input: LookupRequest & { client: string },
): Promise<TrackingTokenResponse & { allowedOrigins: string[] }> {
  const now = ctx.clock.now()
  await enforceRateLimit(ctx.db, LOOKUPS_PER_CLIENT, input.client, now)
  await enforceRateLimit(ctx.db, LOOKUPS_PER_ORDER, `${input.publishableKey}:${input.orderRef}`, now)
  const [row] = await ctx.db
    .select({ id: shipments.id, postcode: shipments.postcode, allowedOrigins: tenants.allowedOrigins })
    .from(shipments)
    .innerJoin(tenants, eq(tenants.id, shipments.tenantId))
    .where(and(eq(tenants.publishableKey, input.publishableKey), eq(shipments.orderRef, input.orderRef)))
  // The comparison runs even without a match, so a wrong order costs what a wrong postcode does.
  const matches = await sameSecret(normalisePostcode(row?.postcode ?? ''), normalisePostcode(input.postcode))
  if (!row || !matches) throw wrongPair()
  const expiresAt = new Date(now.getTime() + LOOKUP_TOKEN_DAYS * 86_400_000)
  return { ...(await mintToken(ctx.db, ctx, row.id, expiresAt)), allowedOrigins: row.allowedOrigins }
}
