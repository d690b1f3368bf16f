import type { TrackingTokenResponse } from '@porchlight/shared'
import type { Database, Transaction } from '../../db/database.ts'
import { trackingTokens } from '../../db/schema/index.ts'
import type { ServiceContext } from '../../context.ts'
import { sha256Hex } from '../../secrets/sha256.ts'
import { trackingUrl } from './tracking-url.ts'

// 192 bits: far past guessing, short enough for an SMS link.
const TOKEN_BYTES = 24

/** A new tracking token for the shipment; only its hash is kept, so it is shown this once. */
export async function mintToken(
  db: Database | Transaction,
  ctx: Pick<ServiceContext, 'ids' | 'config'>,
  shipmentId: string,
  expiresAt: Date | null = null,
): Promise<TrackingTokenResponse> {
  const token = ctx.ids.secret(TOKEN_BYTES)
  await db.insert(trackingTokens).values({ tokenHash: await sha256Hex(token), shipmentId, expiresAt })
  return { trackingToken: token, trackingUrl: trackingUrl(ctx.config.publicUrl, token) }
}
