import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core'
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
  /** PostgreSQL's LISTEN and NOTIFY, which several instances can share; absent on embedded PGlite. */
  notifications?: Notifications
  close(): Promise<void>
}

/** A channel every instance on one PostgreSQL hears (`LISTEN`/`NOTIFY`). */
export type Notifications = {
  listen(channel: string, onPayload: (payload: string) => void): Promise<{ unlisten(): Promise<void> }>
  notify(channel: string, payload: string): Promise<void>
}
