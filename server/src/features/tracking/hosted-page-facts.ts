import { eq } from 'drizzle-orm'
import type { Database } from '../../db/database.ts'
import { shipments, tenants, trackingTokens } from '../../db/schema/index.ts'
import { sha256Hex } from '../../secrets/sha256.ts'

/**
 * What the hosted page says of itself before the widget runs: the shop's name for its heading
 * and the recipient's language for its `lang`, which the widget then reads in. Revoked or
 * expired tokens are the widget's to explain; these two facts give nothing away.
 */
export async function hostedPageFacts(
  db: Database,
  token: string,
): Promise<{ retailer: string; locale: string | null } | undefined> {
  const [row] = await db
    .select({ retailer: tenants.name, locale: shipments.recipientLocale })
    .from(trackingTokens)
    .innerJoin(shipments, eq(shipments.id, trackingTokens.shipmentId))
    .innerJoin(tenants, eq(tenants.id, shipments.tenantId))
    .where(eq(trackingTokens.tokenHash, await sha256Hex(token)))
  return row
}
