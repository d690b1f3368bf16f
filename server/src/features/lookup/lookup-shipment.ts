import type { LookupRequest, TrackingTokenResponse } from '@porchlight/shared'
import { and, eq } from 'drizzle-orm'
import { shipments, tenants } from '../../db/schema/index.ts'
import { ApiError } from '../../errors/api-error.ts'
import type { ServiceContext } from '../../context.ts'
import { type BackoffRule, clearFailures, enforceBackoff, recordFailure } from '../../rate-limits/failure-backoff.ts'
import { enforceRateLimit, type RateLimitRule } from '../../rate-limits/rate-limit.ts'
import { sha256Hex } from '../../secrets/sha256.ts'
import { mintToken } from '../tokens/index.ts'
import { normalisePostcode } from '../windows/index.ts'

// Enough for a shopper who mistypes a few times; far too few to walk through order numbers.
export const LOOKUPS_PER_CLIENT: RateLimitRule = { name: 'lookup-client', limit: 10, windowMs: 60_000 }
/**
 * Wrong postcodes for one order, from anyone: what stops many clients guessing together. Five
 * cost nothing; then the order waits 30 s, doubling with each further miss up to 15 minutes,
 * and a right answer starts it afresh. A stranger can thus make the real shopper wait too, but
 * only briefly unless they keep guessing (SECURITY.md, "Guessing").
 */
export const LOOKUP_MISSES_PER_ORDER: BackoffRule = {
  name: 'lookup-order-misses',
  free: 5,
  firstDelayMs: 30_000,
  maxDelayMs: 15 * 60_000,
  forgetAfterMs: 60 * 60_000,
}
// A looked-up link is for this visit, not to pass around.
const LOOKUP_TOKEN_DAYS = 7

const wrongPair = () => new ApiError('not_found', 'No delivery matches this order number and postcode.')

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
export async function lookupShipment({
  ctx,
  input,
}: {
  ctx: ServiceContext
  input: LookupRequest & { client: string }
}): Promise<TrackingTokenResponse & { allowedOrigins: string[] }> {
  const now = ctx.clock.now()
  const order = `${input.publishableKey}:${input.orderRef}`
  await enforceRateLimit(ctx.db, LOOKUPS_PER_CLIENT, input.client, now)
  await enforceBackoff(ctx.db, LOOKUP_MISSES_PER_ORDER, order, now)
  const [row] = await ctx.db
    .select({ id: shipments.id, postcode: shipments.postcode, allowedOrigins: tenants.allowedOrigins })
    .from(shipments)
    .innerJoin(tenants, eq(tenants.id, shipments.tenantId))
    .where(and(eq(tenants.publishableKey, input.publishableKey), eq(shipments.orderRef, input.orderRef)))
  // The comparison runs even without a match, so a wrong order costs what a wrong postcode does.
  const matches = await sameSecret(normalisePostcode(row?.postcode ?? ''), normalisePostcode(input.postcode))
  if (!row || !matches) {
    await recordFailure(ctx.db, LOOKUP_MISSES_PER_ORDER, order, now)
    throw wrongPair()
  }
  await clearFailures(ctx.db, LOOKUP_MISSES_PER_ORDER, order)
  const expiresAt = new Date(now.getTime() + LOOKUP_TOKEN_DAYS * 86_400_000)
  return { ...(await mintToken(ctx.db, ctx, row.id, expiresAt)), allowedOrigins: row.allowedOrigins }
}
