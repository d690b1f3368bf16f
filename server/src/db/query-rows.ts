import type { SQL } from 'drizzle-orm'
import type { Database } from './database.ts'

/** Rows of a raw query: PGlite answers `{ rows }`, postgres.js an array of rows. */
export async function queryRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query)
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[]
}
