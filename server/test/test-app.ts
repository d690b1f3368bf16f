import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe } from 'vitest'
import { createApp } from '../src/app.ts'
import type { DatabaseHandle } from '../src/db/database.ts'
import type { AppDeps } from '../src/deps.ts'
import type { Clock } from '../src/ports/clock.ts'
import type { Logger } from '../src/ports/logger.ts'
import type { Outbound } from '../src/ports/outbound.ts'
import { createIdGenerator } from '../src/ids.ts'
import { createEventBus } from '../src/live/create-bus.ts'
import { webEventStreams } from '../src/live/event-stream.ts'
import { createPinnedFetch } from '../src/entry/pinned-fetch.ts'
import { createWebPushEncoder, generateVapidKeys } from '../src/entry/web-push-encoder.ts'
import { buildWidgetAsset } from '../src/entry/widget-build.ts'
import { createPushWorker, DEFAULT_PUSH_OPTIONS, type PushWorker } from '../src/features/push/push-worker.ts'
import { createWebhookWorker, DEFAULT_WEBHOOK_OPTIONS, type WebhookWorker } from '../src/features/webhooks/webhook-worker.ts'
import { DATABASE_KINDS, type DatabaseKind, openTestDatabase } from './test-database.ts'

export const ADMIN_TOKEN = 'test-admin-token'
export const PUBLIC_URL = 'https://track.example'

/** Stands in for DNS in tests: names that resolve to a public and to a private address. */
export const TEST_HOSTS: Record<string, string[]> = {
  'hooks.shop.example': ['93.184.215.14'],
  'intranet.shop.example': ['10.1.2.3'],
}
const testResolveHost = async (hostname: string) => TEST_HOSTS[hostname] ?? []

/** Small enough that a test reaches them; each stream test opens a few streams per delivery. */
export const TEST_STREAM_CAPS = { perLink: 4, perClient: 12 }

/** A clock tests can move; starts at a fixed instant so dates in assertions are stable. */
export function createTestClock(start = new Date('2026-11-21T09:00:00Z')): Clock & { set(d: Date): void } {
  let now = start
  return { now: () => now, set: (d) => (now = d) }
}

export type TestContext = {
  kind: DatabaseKind
  database: DatabaseHandle
  app: ReturnType<typeof createApp>
  deps: AppDeps
  clock: ReturnType<typeof createTestClock>
  errors: string[]
  /** Not started: tests that follow webhooks run it (`runOnce`) or start it. */
  webhookWorker: WebhookWorker
  /** Not started, like the webhook worker. */
  pushWorker: PushWorker
  /** The server's VAPID key pair, to check signatures with. */
  vapid: { publicKey: string; privateKey: string; subject: string }
  /** Runs every periodic chore the app registered, once, as if their time had come. */
  runChores(): Promise<void>
  /** Sends a request; `body` objects are sent as JSON, strings as they are. */
  call(method: string, path: string, init?: { body?: unknown; token?: string; headers?: Record<string, string> }): Promise<Response>
  /** Rows in every table: a failed write must leave this unchanged. */
  rowCounts(): Promise<Record<string, number>>
}

const TABLES = [
  'tenants',
  'api_keys',
  'shipments',
  'shipment_events',
  'tracking_tokens',
  'idempotency_keys',
  'preference_changes',
  'feedback',
  'delivery_windows',
  'pickup_points',
  'webhook_endpoints',
  'webhook_outbox',
  'live_events',
  'messages',
  'cases',
  'push_subscriptions',
  'push_outbox',
]

export async function buildTestContext(kind: DatabaseKind, database: DatabaseHandle): Promise<TestContext> {
  const clock = createTestClock()
  const errors: string[] = []
  const logger: Logger = { info: () => {}, error: (message, data) => errors.push(`${message} ${JSON.stringify(data)}`) }
  const config = { publicUrl: PUBLIC_URL, adminToken: ADMIN_TOKEN, trackingViewTtlMs: 1_000, allowLoopbackTargets: true, streamRecheckMs: 200, streamCaps: TEST_STREAM_CAPS }
  const outbound: Outbound = { fetch: createPinnedFetch(), resolveHost: testResolveHost }
  const webhookWorker = createWebhookWorker(
    { db: database.db, clock, logger, outbound, config },
    { ...DEFAULT_WEBHOOK_OPTIONS, retry: { baseMs: 1_000, maxMs: 60_000 }, timeoutMs: 2_000 },
  )
  const vapid = { ...generateVapidKeys(), subject: 'mailto:ops@track.example' }
  const push = createWebPushEncoder(vapid, clock)
  const pushWorker = createPushWorker(
    { db: database.db, clock, logger, outbound, config, push },
    { ...DEFAULT_PUSH_OPTIONS, retry: { baseMs: 1_000, maxMs: 60_000 }, timeoutMs: 2_000 },
  )
  const chores: Array<() => Promise<void>> = []
  const deps: AppDeps = {
    db: database.db,
    pingDatabase: database.ping,
    bus: await createEventBus(database),
    clock,
    ids: createIdGenerator(),
    logger,
    config,
    widget: buildWidgetAsset({ entry: 'export {}', chunks: { 'widget-panel-abc123.js': 'export const panel = 1' } }),
    outbound,
    webhooks: webhookWorker,
    scheduler: { every: (_name, _ms, task) => chores.push(task), settleOnStop: () => {} },
    push,
    pushes: pushWorker,
    // Tests say who they are; the default is one client.
    clientAddress: (c) => c.req.header('X-Test-Client') ?? '127.0.0.1',
    eventStreams: webEventStreams,
  }
  const app = createApp(deps)
  return {
    kind,
    database,
    app,
    deps,
    clock,
    errors,
    webhookWorker,
    pushWorker,
    vapid,
    runChores: async () => {
      for (const chore of chores) await chore()
    },
    call: async (method, path, init = {}) => {
      const headers: Record<string, string> = { ...init.headers }
      if (init.token) headers.Authorization = `Bearer ${init.token}`
      let body: string | undefined
      if (init.body !== undefined) {
        body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body)
        headers['Content-Type'] ??= 'application/json'
      }
      return app.request(path, { method, headers, ...(body === undefined ? {} : { body }) })
    },
    rowCounts: async () => {
      const counts: Record<string, number> = {}
      for (const table of TABLES) {
        const rows = await database.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`))
        const list = Array.isArray(rows) ? rows : (rows as unknown as { rows: Array<{ n: number }> }).rows
        counts[table] = list[0]?.n ?? -1
      }
      return counts
    },
  }
}

/**
 * Runs a suite once on embedded PGlite and once on real PostgreSQL, each with its own fresh
 * database and app. `get()` returns the context inside tests.
 */
export function describeWithDatabases(name: string, suite: (get: () => TestContext) => void) {
  describe.each(DATABASE_KINDS)(`${name} [%s]`, (kind) => {
    let ctx: TestContext | undefined
    let dispose: (() => Promise<void>) | undefined
    beforeAll(async () => {
      const database = await openTestDatabase(kind)
      dispose = database.dispose
      ctx = await buildTestContext(kind, database)
    })
    afterAll(async () => {
      await dispose?.()
    })
    suite(() => {
      if (!ctx) throw new Error('test context not ready')
      return ctx
    })
  })
}
