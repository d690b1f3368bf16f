export type { Database, DatabaseHandle, Transaction } from './database.ts'
export { openPglite } from './pglite.ts'
export { openPostgres } from './postgres.ts'
export * as schema from './schema/index.ts'
