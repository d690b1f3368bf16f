import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/postgres-js'
import { migrate } from 'drizzle-orm/postgres-js/migrator'
import postgres from 'postgres'
import type { Database, DatabaseHandle, Notifications } from './database.ts'
import * as schema from './schema/index.ts'

// Any fixed 64-bit number shared by every Porchlight instance; "porchlit" in ASCII.
const MIGRATION_LOCK_KEY = 0x706f7263686c6974n

/**
 * Connects to PostgreSQL and brings its schema up to date. Migrations run under a session
 * advisory lock so that instances starting together on one database take turns instead of
 * racing to create the same tables.
 */
export async function openPostgres(options: {
  url: string
  migrationsFolder: string
  maxConnections?: number
}): Promise<DatabaseHandle> {
  const client = postgres(options.url, {
    max: options.maxConnections ?? 10,
    connect_timeout: 5,
    idle_timeout: 30,
    onnotice: () => {},
  })
  const db = drizzle(client, { schema })
  const lock = await client.reserve()
  try {
    await lock`select pg_advisory_lock(${MIGRATION_LOCK_KEY.toString()}::bigint)`
    await migrate(db, { migrationsFolder: options.migrationsFolder })
  } finally {
    await lock`select pg_advisory_unlock(${MIGRATION_LOCK_KEY.toString()}::bigint)`.catch(() => {})
    lock.release()
  }
  return {
    kind: 'postgres',
    db: db as unknown as Database,
    ping: async () => {
      await db.execute(sql`select 1`)
    },
    notifications: notificationsOf(client),
    close: () => client.end({ timeout: 5 }),
  }
}

/** LISTEN and NOTIFY through postgres.js (which keeps one connection for its listeners). */
export function notificationsOf(client: postgres.Sql): Notifications {
  return {
    listen: (channel, onPayload) => client.listen(channel, onPayload),
    notify: async (channel, payload) => {
      await client`select pg_notify(${channel}, ${payload})`
    },
  }
}
