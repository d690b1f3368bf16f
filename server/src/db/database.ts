import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
import type { EventBus } from '../live/event-bus.ts'
import type * as schema from './schema/index.ts'

/** Either driver's drizzle database: PGlite (embedded) or postgres.js (PostgreSQL). */
export type Database = PgDatabase<PgQueryResultHKT, typeof schema>

export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0]

/** An open database with what the app needs besides queries. */
export type DatabaseHandle = {
  kind: 'pglite' | 'postgres'
  db: Database
  /** Rejects when the database does not answer. */
  ping(): Promise<void>
  /**
   * The event bus that fits this database: in-process for embedded PGlite (one instance), or
   * LISTEN/NOTIFY for PostgreSQL, which several instances may share.
   */
  createBus(): Promise<EventBus>
  close(): Promise<void>
}
