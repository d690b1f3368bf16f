import type { DeliveryCase } from '@porchlight/shared'
import { index, jsonb, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core'
import { shipments } from './shipments.ts'
import { tenants } from './tenants.ts'

/** A problem a shopper reported in feedback, for the retailer to look into. */
export const cases = pgTable(
  'cases',
  {
    id: text('id').primaryKey(),
    tenantId: text('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    shipmentId: text('shipment_id')
      .notNull()
      .references(() => shipments.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<DeliveryCase['kind']>().notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    // Copied when the case opens: what the delivery looked like then, whatever happens later.
    evidence: jsonb('evidence').$type<DeliveryCase['evidence']>().notNull(),
  },
  (t) => [unique('cases_shipment_kind_key').on(t.shipmentId, t.kind), index('cases_tenant_opened_idx').on(t.tenantId, t.openedAt)],
)
