import { PGlite } from '@electric-sql/pglite'
import { sql } from 'drizzle-orm'
import { drizzle } from 'drizzle-orm/pglite'
import { migrate } from 'drizzle-orm/pglite/migrator'
import type { Database, DatabaseHandle } from './database.ts'
import * as schema from './schema/index.ts'

/**
 * Opens embedded PostgreSQL (PGlite) in `dataDir` (`memory://` for a throwaway one) and brings
 * its schema up to date. One process owns a PGlite data directory, so no lock is needed.
 */
export async function openPglite(options: {
  dataDir: string
  migrationsFolder: string
}): Promise<DatabaseHandle> {
  const client = await PGlite.create(options.dataDir)
  const db = drizzle(client, { schema })
  await migrate(db, { migrationsFolder: options.migrationsFolder })
  return {
    kind: 'pglite',
    db: db as unknown as Database,
    ping: async () => {
      await db.execute(sql`select 1`)
    },
    close: () => client.close(),
  }
}
