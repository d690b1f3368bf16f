import { pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { tenants } from './tenants.ts'

/**
 * Where a tenant's events go. The secret is kept as given: signing needs it, and a hash could
 * not sign.
 */
export const webhookEndpoints = pgTable('webhook_endpoints', {
  tenantId: text('tenant_id')
    .primaryKey()
    .references(() => tenants.id, { onDelete: 'cascade' }),
  url: text('url').notNull(),
  secret: text('secret').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
})
