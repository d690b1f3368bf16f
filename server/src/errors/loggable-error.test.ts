import { sql } from 'drizzle-orm'
import { Hono } from 'hono'
import { expect, it } from 'vitest'
import type { Logger } from '../ports/logger.ts'
import type { AppEnv } from '../env.ts'
import { describeWithDatabases } from '../../test/test-app.ts'
import { createErrorHandler } from './on-error.ts'

describeWithDatabases('error logs', (get) => {
  const failing = (query: (db: ReturnType<typeof get>['database']['db']) => Promise<unknown>) => {
    const lines: string[] = []
    const logger: Logger = { info: () => {}, error: (message, data) => lines.push(`${message} ${JSON.stringify(data)}`) }
    const app = new Hono<AppEnv>()
    app.onError(createErrorHandler(logger))
    app.get('/boom', async (c) => c.json(await query(get().database.db)))
    return { lines, call: () => app.request('/boom') }
  }

  it("logs a failed statement's shape and SQLSTATE, never the door code bound to it", async () => {
    const { lines, call } = failing((db) => db.execute(sql`select ${'K7Q2X door code'}::int as n`))
    const res = await call()
    expect(res.status).toBe(500)
    expect(await res.text()).not.toContain('K7Q2X')
    expect(lines).toHaveLength(1)
    expect(lines[0]).not.toContain('K7Q2X')
    expect(lines[0]).toContain('select $1::int as n')
    expect(lines[0]).toContain('"code":"22P02"')
  })

  it("logs a broken constraint by name, never the duplicate value the database quotes", async () => {
    await get().database.db.execute(sql`create table if not exists log_probe (v text unique)`)
    await get().database.db.execute(sql`insert into log_probe (v) values (${'Behind the lavender pots'})`)
    const { lines, call } = failing((db) => db.execute(sql`insert into log_probe (v) values (${'Behind the lavender pots'})`))
    expect((await call()).status).toBe(500)
    expect(lines[0]).not.toContain('lavender')
    expect(lines[0]).toContain('"code":"23505"')
    expect(lines[0]).toContain('log_probe_v_key')
  })
})
