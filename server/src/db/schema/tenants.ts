import type { PatchTenantSettingsRequest } from '@porchlight/shared'
import { jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core'

export const tenants = pgTable('tenants', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  allowedOrigins: jsonb('allowed_origins').$type<string[]>().notNull().default([]),
  // Only what the retailer changed; defaults fill the rest when read.
  settings: jsonb('settings').$type<PatchTenantSettingsRequest>().notNull().default({}),
  publishableKey: text('publishable_key').notNull().unique(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
})
