import postgres from 'postgres'
import type { DatabaseHandle } from '../src/db/database.ts'
import { openDatabase } from '../src/entry/node-runtime.ts'

const ALL_KINDS = ['pglite', 'postgres'] as const
export type DatabaseKind = (typeof ALL_KINDS)[number]

/**
 * Every server test file runs on each of these. `TEST_DATABASES=pglite` (or `postgres`) picks
 * one, for a second pass such as CI's run with the clock moved; unknown names are an error.
 */
export const DATABASE_KINDS: readonly DatabaseKind[] = (() => {
  const chosen = process.env.TEST_DATABASES?.split(',').map((k) => k.trim())
  if (!chosen) return ALL_KINDS
  const unknown = chosen.filter((k) => !(ALL_KINDS as readonly string[]).includes(k))
  if (unknown.length > 0 || chosen.length === 0) throw new Error(`TEST_DATABASES: unknown ${unknown.join(', ')}`)
  return chosen as DatabaseKind[]
})()

/**
 * The PostgreSQL server tests use. CI exports DATABASE_URL; a developer machine set up as the
 * README says has this default. Tests fail rather than skip when it does not answer.
 */
export const testPostgresUrl = () =>
  process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test'

/**
 * A new, empty PostgreSQL database of its own, on the server `baseUrl` points at (default: the
 * test server); `drop` removes it. Tests, the cross-package suites and benchmarks all use it.
 */
export async function createScratchPostgres(baseUrl = testPostgresUrl()): Promise<{ url: string; drop(): Promise<void> }> {
  const base = new URL(baseUrl)
  const name = `porchlight_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`
  const admin = postgres(base.href, { max: 1, onnotice: () => {} })
  await admin.unsafe(`create database ${name}`)
  const url = new URL(base.href)
  url.pathname = `/${name}`
  return {
    url: url.href,
    drop: async () => {
      await admin.unsafe(`drop database if exists ${name} with (force)`)
      await admin.end()
    },
  }
}

/** A migrated, empty database of the given kind for one test file. */
export async function openTestDatabase(kind: DatabaseKind): Promise<DatabaseHandle & { dispose(): Promise<void> }> {
  if (kind === 'pglite') {
    const handle = await openDatabase({ dataDir: 'memory://' })
    return { ...handle, dispose: handle.close }
  }
  const scratch = await createScratchPostgres()
  const handle = await openDatabase({ databaseUrl: scratch.url, dataDir: '' })
  return {
    ...handle,
    dispose: async () => {
      await handle.close()
      await scratch.drop()
    },
  }
}
