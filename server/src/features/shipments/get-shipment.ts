import type { ShipmentDetail } from '@porchlight/shared'
import { and, asc, eq } from 'drizzle-orm'
import { shipments } from '../../db/schema/index.ts'
import { notFound } from '../../errors/api-error.ts'
import { timelineOrder, toTimelineEntry } from './event-view.ts'
import type { TenantContext } from '../../context.ts'
import { atTheDoor } from './at-the-door.ts'
import { currentPreferences, toFeedback } from './preferences-view.ts'
import { statusOf } from './shipment-status.ts'
import { promisedWindowOf } from './promised-window.ts'

/** The retailer's (and driver's) full view of one of its shipments. */
export async function getShipment({
  ctx,
  input,
}: {
  ctx: TenantContext
  input: { id: string }
}): Promise<ShipmentDetail> {
  const row = await ctx.db.query.shipments.findFirst({
    where: and(eq(shipments.id, input.id), eq(shipments.tenantId, ctx.tenantId)),
    with: {
      events: { orderBy: timelineOrder },
      preferenceChanges: { orderBy: (p) => [asc(p.seq)] },
      feedback: true,
    },
  })
  if (!row) throw notFound('Shipment')
  const events = row.events.map(toTimelineEntry)
  const preferences = currentPreferences(row.preferenceChanges)
  return {
    id: row.id,
    orderRef: row.orderRef,
    status: statusOf(events),
    recipient: {
      name: row.recipientName,
      ...(row.recipientEmail ? { email: row.recipientEmail } : {}),
      ...(row.recipientPhone ? { phone: row.recipientPhone } : {}),
      ...(row.recipientLocale ? { locale: row.recipientLocale } : {}),
    },
    address: {
      line1: row.addressLine1,
      ...(row.addressLine2 ? { line2: row.addressLine2 } : {}),
      city: row.city,
      postcode: row.postcode,
      country: row.country,
      lat: row.lat,
      lng: row.lng,
      timeZone: row.timeZone,
    },
    promisedWindow: promisedWindowOf(row),
    createdAt: row.createdAt.toISOString(),
    events,
    preferences,
    preferenceHistory: row.preferenceChanges.map((c) => ({ kind: c.kind, value: c.value, actor: c.actor, at: c.at.toISOString() })),
    atTheDoor: atTheDoor(preferences, row.recipientPhone ?? undefined),
    feedback: toFeedback(row.feedback),
  }
}
