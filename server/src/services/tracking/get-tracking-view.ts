import type { TrackingView } from '@porchlight/shared'
import { asc, eq } from 'drizzle-orm'
import { trackingTokens } from '../../db/schema/index.ts'
import type { ServiceContext } from '../context.ts'
import { timelineOrder, toShipmentEvent } from '../events/event-view.ts'
import { sha256Hex } from '../secrets/sha256.ts'
import { currentPreferences, toFeedback } from '../shipments/preferences-view.ts'
import { promisedWindowOf } from '../shipments/promised-window.ts'
import { statusOf } from '../shipments/shipment-status.ts'

// Features of later issues announce themselves here as they land; a capability is only true
// when the shopper can really use it.
const CAPABILITIES: TrackingView['capabilities'] = {
  reschedule: false,
  safePlace: false,
  instructions: false,
  pickupPoint: false,
  chat: false,
  feedback: false,
  push: false,
}

export type TrackedShipment = { view: TrackingView; allowedOrigins: string[] }

/**
 * What a shopper's token may see: its one shipment, in one query. An unknown, revoked or
 * expired token gives `undefined`, with no hint of which.
 */
export async function getTrackingView({
  ctx,
  input,
}: {
  ctx: Pick<ServiceContext, 'db' | 'clock'>
  input: { token: string }
}): Promise<TrackedShipment | undefined> {
  const row = await ctx.db.query.trackingTokens.findFirst({
    where: eq(trackingTokens.tokenHash, await sha256Hex(input.token)),
    with: {
      shipment: {
        with: {
          tenant: { columns: { name: true, allowedOrigins: true } },
          events: { orderBy: timelineOrder },
          preferenceChanges: { orderBy: (p) => [asc(p.seq)] },
          feedback: true,
        },
      },
    },
  })
  const now = ctx.clock.now()
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return undefined
  const { shipment } = row
  const timeline = shipment.events.map(toShipmentEvent)
  return {
    allowedOrigins: shipment.tenant.allowedOrigins,
    view: {
      shipment: {
        orderRef: shipment.orderRef,
        status: statusOf(timeline),
        address: { line1: shipment.addressLine1, city: shipment.city, postcode: shipment.postcode },
        timeZone: shipment.timeZone,
        promisedWindow: promisedWindowOf(shipment),
        retailer: { name: shipment.tenant.name },
      },
      eta: null,
      driver: null,
      timeline,
      preferences: currentPreferences(shipment.preferenceChanges),
      feedback: toFeedback(shipment.feedback),
      capabilities: CAPABILITIES,
    },
  }
}
