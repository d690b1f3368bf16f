import { readFileSync } from 'node:fs'
import postgres from 'postgres'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createScratchPostgres } from '../../test/test-database.ts'
import { MIGRATIONS_FOLDER } from '../entry/build-layout.ts'
import { openPostgres } from './postgres.ts'

let scratch: Awaited<ReturnType<typeof createScratchPostgres>>
beforeAll(async () => {
  scratch = await createScratchPostgres()
})
afterAll(async () => {
  await scratch.drop()
})

it('lets several instances start together on one empty database', async () => {
  const handles = await Promise.all(
    Array.from({ length: 4 }, () => openPostgres({ url: scratch.url, migrationsFolder: MIGRATIONS_FOLDER, maxConnections: 2 })),
  )
  try {
    for (const handle of handles) await handle.ping()
    const client = postgres(scratch.url, { max: 1 })
    const [applied] = await client<Array<{ n: number }>>`select count(*)::int as n from drizzle.__drizzle_migrations`
    await client.end()
    // Each migration recorded once: nobody applied one twice.
    const journal = JSON.parse(readFileSync(`${MIGRATIONS_FOLDER}/meta/_journal.json`, 'utf8')) as { entries: unknown[] }
    expect(applied?.n).toBe(journal.entries.length)
  } finally {
    await Promise.all(handles.map((h) => h.close()))
  }
})
