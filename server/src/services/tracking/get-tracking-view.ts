import type { PreferenceKind, ShipmentEvent, TrackingView } from '@porchlight/shared'
import { eq, sql } from 'drizzle-orm'
import type { Database } from '../../db/database.ts'
import { shipments, tenants, trackingTokens } from '../../db/schema/index.ts'
import { sha256Hex } from '../secrets/sha256.ts'
import { currentPreferences } from '../shipments/preferences-view.ts'
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

export type TrackedShipment = { shipmentId: string; view: TrackingView; allowedOrigins: string[] }

type EventTuple = [id: string, type: ShipmentEvent['type'], at: string, note: string | null]
type PreferenceTuple = [kind: PreferenceKind, value: unknown]
type FeedbackTuple = [rating: number, tags: string[], comment: string | null]

const toIso = (instant: string) => new Date(instant).toISOString()

/**
 * The shopper's view in one round trip: the timeline, preference history and feedback come back
 * as JSON from scalar subqueries, and the statement is prepared once per connection. This is
 * the hottest read in the product (every open tracking page polls it).
 */
export function prepareTrackingView(db: Database) {
  const byHash = db
    .select({
      shipmentId: shipments.id,
      revokedAt: trackingTokens.revokedAt,
      expiresAt: trackingTokens.expiresAt,
      orderRef: shipments.orderRef,
      addressLine1: shipments.addressLine1,
      city: shipments.city,
      postcode: shipments.postcode,
      timeZone: shipments.timeZone,
      promisedStart: shipments.promisedStart,
      promisedEnd: shipments.promisedEnd,
      retailerName: tenants.name,
      allowedOrigins: tenants.allowedOrigins,
      events: sql<EventTuple[]>`(
        select coalesce(json_agg(json_build_array(e.id, e.type, e.at, e.note) order by e.at, e.seq), '[]'::json)
        from shipment_events e where e.shipment_id = ${shipments.id})`,
      preferences: sql<PreferenceTuple[]>`(
        select coalesce(json_agg(json_build_array(p.kind, p.value) order by p.seq), '[]'::json)
        from preference_changes p where p.shipment_id = ${shipments.id})`,
      feedback: sql<FeedbackTuple | null>`(
        select json_build_array(f.rating, f.tags, f.comment)
        from feedback f where f.shipment_id = ${shipments.id})`,
    })
    .from(trackingTokens)
    .innerJoin(shipments, eq(shipments.id, trackingTokens.shipmentId))
    .innerJoin(tenants, eq(tenants.id, shipments.tenantId))
    .where(eq(trackingTokens.tokenHash, sql.placeholder('tokenHash')))
    .prepare('tracking_view_by_token')

  /**
   * What a shopper's token may see: its one shipment. An unknown, revoked or expired token
   * gives `undefined`, with no hint of which.
   */
  return async function getTrackingView(token: string, now: Date): Promise<TrackedShipment | undefined> {
    const [row] = await byHash.execute({ tokenHash: await sha256Hex(token) })
    if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return undefined
    const timeline = row.events.map(([id, type, at, note]): ShipmentEvent => ({
      id,
      type,
      at: toIso(at),
      ...(note === null ? {} : { note }),
    }))
    return {
      shipmentId: row.shipmentId,
      allowedOrigins: row.allowedOrigins,
      view: {
        shipment: {
          orderRef: row.orderRef,
          status: statusOf(timeline),
          address: { line1: row.addressLine1, city: row.city, postcode: row.postcode },
          timeZone: row.timeZone,
          promisedWindow: promisedWindowOf(row),
          retailer: { name: row.retailerName },
        },
        eta: null,
        driver: null,
        timeline,
        preferences: currentPreferences(row.preferences.map(([kind, value]) => ({ kind, value }))),
        feedback: row.feedback && { rating: row.feedback[0], tags: row.feedback[1], comment: row.feedback[2] },
        capabilities: CAPABILITIES,
      },
    }
  }
}
