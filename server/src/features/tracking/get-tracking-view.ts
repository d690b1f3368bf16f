import type { PreferenceKind, TimelineEntry, TrackingView } from '@porchlight/shared'
import { and, eq, sql } from 'drizzle-orm'
import type { Database } from '../../db/database.ts'
import { routeStops, routes, shipments, tenants, trackingTokens } from '../../db/schema/index.ts'
import { sha256Hex } from '../../secrets/sha256.ts'
import { conversationState } from '../chat/index.ts'
import { resolveSettings } from '../settings/index.ts'
import { currentPreferences, promisedWindowOf, statusOf } from '../shipments/index.ts'
import { shopperCapabilities } from '../preferences/index.ts'
import { type StopFacts, visibleDriver, visibleEta, visibleStopsAway } from '../routes/index.ts'

export type TrackedShipment = { shipmentId: string; view: TrackingView; allowedOrigins: string[] }

type EventTuple = [id: string, type: TimelineEntry['type'], at: string, note: string | null]
type PreferenceTuple = [kind: PreferenceKind, value: unknown]
type FeedbackTuple = [rating: number, tags: string[], comment: string | null, editableUntil: string | null]
type PositionTuple = [lat: number, lng: number, at: string]

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
      settings: tenants.settings,
      pickupPointId: shipments.pickupPointId,
      liveSeq: shipments.liveSeq,
      driverName: routes.driverName,
      departedAt: routeStops.departedAt,
      etaEarliest: routeStops.etaEarliest,
      etaLatest: routeStops.etaLatest,
      etaUpdatedAt: routeStops.etaUpdatedAt,
      stopsAway: sql<number>`(
        select count(*)::int from route_stops o
        where o.tenant_id = ${routeStops.tenantId} and o.route_id = ${routeStops.routeId}
          and o.seq < ${routeStops.seq} and o.departed_at is null)`,
      position: sql<PositionTuple | null>`(
        select json_build_array(p.lat, p.lng, p.at) from route_positions p
        where p.tenant_id = ${routeStops.tenantId} and p.route_id = ${routeStops.routeId}
        order by p.at desc limit 1)`,
      events: sql<EventTuple[]>`(
        select coalesce(json_agg(json_build_array(e.id, e.type, e.at, e.note) order by e.at, e.seq), '[]'::json)
        from shipment_events e where e.shipment_id = ${shipments.id})`,
      preferences: sql<PreferenceTuple[]>`(
        select coalesce(json_agg(json_build_array(p.kind, p.value) order by p.seq), '[]'::json)
        from preference_changes p where p.shipment_id = ${shipments.id})`,
      feedback: sql<FeedbackTuple | null>`(
        select json_build_array(f.rating, f.tags, f.comment, f.editable_until)
        from feedback f where f.shipment_id = ${shipments.id})`,
    })
    .from(trackingTokens)
    .innerJoin(shipments, eq(shipments.id, trackingTokens.shipmentId))
    .innerJoin(tenants, eq(tenants.id, shipments.tenantId))
    .leftJoin(routeStops, eq(routeStops.shipmentId, shipments.id))
    .leftJoin(routes, and(eq(routes.tenantId, routeStops.tenantId), eq(routes.id, routeStops.routeId)))
    .where(eq(trackingTokens.tokenHash, sql.placeholder('tokenHash')))
    .prepare('tracking_view_by_token')

  /**
   * What a shopper's token may see: its one shipment. An unknown, revoked or expired token
   * gives `undefined`, with no hint of which.
   */
  return async function getTrackingView(token: string, now: Date): Promise<TrackedShipment | undefined> {
    const [row] = await byHash.execute({ tokenHash: await sha256Hex(token) })
    if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= now)) return undefined
    const timeline = row.events.map(([id, type, at, note]): TimelineEntry => ({
      id,
      type,
      at: toIso(at),
      ...(note === null ? {} : { note }),
    }))
    const status = statusOf(timeline)
    const settings = resolveSettings(row.settings)
    const facts: StopFacts | undefined = row.driverName === null ? undefined : {
      status,
      driverName: row.driverName,
      stopsAway: row.stopsAway,
      done: row.departedAt !== null,
      position: row.position && { lat: row.position[0], lng: row.position[1], at: toIso(row.position[2]) },
      window:
        row.etaEarliest && row.etaLatest && row.etaUpdatedAt
          ? { start: row.etaEarliest.toISOString(), end: row.etaLatest.toISOString(), updatedAt: row.etaUpdatedAt.toISOString() }
          : null,
    }
    return {
      shipmentId: row.shipmentId,
      allowedOrigins: row.allowedOrigins,
      view: {
        shipment: {
          orderRef: row.orderRef,
          status,
          address: { line1: row.addressLine1, city: row.city, postcode: row.postcode },
          timeZone: row.timeZone,
          promisedWindow: promisedWindowOf(row),
          retailer: { name: row.retailerName, brand: settings.branding },
        },
        eta: facts ? visibleEta(facts) : null,
        stopsAway: facts ? visibleStopsAway(facts) : null,
        driver: facts ? visibleDriver(facts) : null,
        timeline,
        preferences: currentPreferences(row.preferences.map(([kind, value]) => ({ kind, value }))),
        feedback: row.feedback && {
          rating: row.feedback[0],
          tags: row.feedback[1],
          comment: row.feedback[2],
          editableUntil: row.feedback[3] && toIso(row.feedback[3]),
        },
        capabilities: {
          ...shopperCapabilities({ status, settings, pickupPointChosen: row.pickupPointId !== null }),
          chat: settings.options.chat && conversationState(timeline, status, settings.chatGraceHours, now).open,
          feedback:
            settings.options.feedback &&
            status === 'delivered' &&
            (!row.feedback?.[3] || Date.parse(row.feedback[3]) > now.getTime()),
          // Whether this browser can take notifications is for the widget to find out.
          push: settings.options.push,
        },
        lastEventId: String(row.liveSeq),
      },
    }
  }
}
