import { integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'
import { tenants } from './tenants.ts'

/** What the ETA engine learned from a tenant's completed routes (`learnEta`'s EtaStats). */
export const etaStats = pgTable('eta_stats', {
  tenantId: text('tenant_id')
    .primaryKey()
    .references(() => tenants.id, { onDelete: 'cascade' }),
  stats: jsonb('stats').notNull(),
  routesLearned: integer('routes_learned').notNull(),
  learnedAt: timestamp('learned_at', { withTimezone: true }).notNull(),
})
