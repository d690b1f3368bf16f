import { relations } from 'drizzle-orm'
import { feedback } from './feedback.ts'
import { preferenceChanges } from './preference-changes.ts'
import { shipmentEvents } from './shipment-events.ts'
import { shipments } from './shipments.ts'
import { tenants } from './tenants.ts'
import { trackingTokens } from './tracking-tokens.ts'

export const shipmentsRelations = relations(shipments, ({ one, many }) => ({
  tenant: one(tenants, { fields: [shipments.tenantId], references: [tenants.id] }),
  events: many(shipmentEvents),
  preferenceChanges: many(preferenceChanges),
  feedback: one(feedback, { fields: [shipments.id], references: [feedback.shipmentId] }),
}))

export const shipmentEventsRelations = relations(shipmentEvents, ({ one }) => ({
  shipment: one(shipments, { fields: [shipmentEvents.shipmentId], references: [shipments.id] }),
}))

export const preferenceChangesRelations = relations(preferenceChanges, ({ one }) => ({
  shipment: one(shipments, { fields: [preferenceChanges.shipmentId], references: [shipments.id] }),
}))

export const trackingTokensRelations = relations(trackingTokens, ({ one }) => ({
  shipment: one(shipments, { fields: [trackingTokens.shipmentId], references: [shipments.id] }),
}))
