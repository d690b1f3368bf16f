import { lookup } from 'node:dns/promises'
import { mkdirSync } from 'node:fs'
import type { IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import { serve } from '@hono/node-server'
import { type App, createApp } from '../app.ts'
import type { DatabaseHandle } from '../db/database.ts'
import { openPglite } from '../db/pglite.ts'
import { openPostgres } from '../db/postgres.ts'
import type { AppDeps } from '../deps.ts'
import type { Clock } from '../ports/clock.ts'
import type { Logger } from '../ports/logger.ts'
import type { Outbound, ResolveHost } from '../ports/outbound.ts'
import type { StreamCaps } from '../config.ts'
import { createPinnedFetch } from './pinned-fetch.ts'
import { createIdGenerator } from '../ids.ts'
import { systemClock } from '../ports/clock.ts'
import { createIntervalScheduler } from './interval-scheduler.ts'
import { createPushWorker, DEFAULT_PUSH_OPTIONS, loadOrCreateVapidKeys } from '../features/push/index.ts'
import { createWebhookWorker, DEFAULT_WEBHOOK_OPTIONS } from '../features/webhooks/index.ts'
import { createEventBus } from '../live/create-bus.ts'
import { MIGRATIONS_FOLDER } from './build-layout.ts'
import { nodeEventStreams } from './node-event-streams.ts'
import { createWebPushEncoder, generateVapidKeys } from './web-push-encoder.ts'
import { loadWidget, WIDGET_DIST } from './widget-build.ts'

/** PostgreSQL when a URL is given, embedded PGlite in `dataDir` otherwise. */
export async function openDatabase(options: {
  databaseUrl?: string | undefined
  dataDir: string
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    return openPostgres({ url: options.databaseUrl, migrationsFolder: MIGRATIONS_FOLDER })
  }
  if (!options.dataDir.includes('://')) mkdirSync(options.dataDir, { recursive: true })
  return openPglite({ dataDir: options.dataDir, migrationsFolder: MIGRATIONS_FOLDER })
}

export const resolveWithDns: ResolveHost = async (hostname) => (await lookup(hostname, { all: true })).map((a) => a.address)

// Push services want a way to reach whoever runs the server.
const vapidSubjectFor = (publicUrl: string | undefined) =>
  publicUrl?.startsWith('https://') ? publicUrl : 'mailto:porchlight@localhost'

export const consoleLogger: Logger = {
  info: (message, data) => console.log(JSON.stringify({ level: 'info', message, ...data })),
  error: (message, data) => console.error(JSON.stringify({ level: 'error', message, ...data })),
}

// A shopper's tabs, phone and hosted page, with room to spare; an office or a mobile carrier's
// NAT puts many shoppers behind one address.
export const DEFAULT_STREAM_CAPS: StreamCaps = { perLink: 20, perClient: 200 }

export type ServerOptions = {
  port: number
  host: string
  databaseUrl?: string | undefined
  dataDir: string
  adminToken?: string | undefined
  publicUrl?: string | undefined
  /** See AppConfig; default 1 s. */
  trackingViewTtlMs?: number
  logger?: Logger
  /** Default: the system clock. The demo runs an accelerated one. */
  clock?: Clock
  /** See AppConfig; default false. */
  allowLoopbackTargets?: boolean
  /** See AppConfig; default DEFAULT_STREAM_CAPS. */
  streamCaps?: StreamCaps
  /** Configured VAPID keys; without them a pair is generated once and kept in the database. */
  vapid?: { publicKey: string; privateKey: string } | undefined
  /** `mailto:` or `https:` contact for push services; default the public URL if https. */
  vapidSubject?: string | undefined
  /** First webhook retry delay (doubling after); default 5 s. */
  webhookRetryBaseMs?: number | undefined
  /** Where outbound calls look host names up; default the system's resolver. */
  resolveHost?: ResolveHost
  /** How long a webhook receiver may take to answer; default 10 s. */
  webhookTimeoutMs?: number | undefined
}

export type RunningServer = {
  url: string
  app: App
  database: DatabaseHandle
  close(): Promise<void>
}

/** Opens the database, builds the app with real dependencies and listens on HTTP. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const logger = options.logger ?? consoleLogger
  const database = await openDatabase(options)
  const widget = loadWidget()
  if (!widget) logger.error('widget build missing: /widget.js will answer 404', { path: WIDGET_DIST })
  let publicUrl = options.publicUrl
  const bus = await createEventBus(database)
  const config = {
    get publicUrl() {
      return publicUrl ?? ''
    },
    adminToken: options.adminToken,
    // Long enough that the pages polling one parcel share a query, short enough that a change
    // made through another instance shows within a second.
    trackingViewTtlMs: options.trackingViewTtlMs ?? 1_000,
    allowLoopbackTargets: options.allowLoopbackTargets ?? false,
    // Each check is one indexed read: a minute keeps ten thousand streams to ~170 reads a second.
    streamRecheckMs: 60_000,
    streamCaps: options.streamCaps ?? DEFAULT_STREAM_CAPS,
  }
  const clock = options.clock ?? systemClock
  const nodeOutbound: Outbound = { fetch: createPinnedFetch(), resolveHost: options.resolveHost ?? resolveWithDns }
  const webhooks = createWebhookWorker(
    { db: database.db, clock, logger, outbound: nodeOutbound, config },
    {
      ...DEFAULT_WEBHOOK_OPTIONS,
      retry: { ...DEFAULT_WEBHOOK_OPTIONS.retry, baseMs: options.webhookRetryBaseMs ?? DEFAULT_WEBHOOK_OPTIONS.retry.baseMs },
      timeoutMs: options.webhookTimeoutMs ?? DEFAULT_WEBHOOK_OPTIONS.timeoutMs,
    },
  )
  const scheduler = createIntervalScheduler(logger)
  const keys = options.vapid ?? (await loadOrCreateVapidKeys(database.db, generateVapidKeys))
  const push = createWebPushEncoder({ ...keys, subject: options.vapidSubject ?? vapidSubjectFor(options.publicUrl) }, clock)
  const pushes = createPushWorker({ db: database.db, clock, logger, outbound: nodeOutbound, config, push }, DEFAULT_PUSH_OPTIONS)
  const deps: AppDeps = {
    db: database.db,
    pingDatabase: database.ping,
    bus,
    clock,
    ids: createIdGenerator(),
    logger,
    config,
    widget,
    outbound: nodeOutbound,
    webhooks,
    scheduler,
    push,
    pushes,
    clientAddress: (c) => (c.env as { incoming?: IncomingMessage }).incoming?.socket.remoteAddress ?? 'unknown',
    eventStreams: nodeEventStreams,
  }
  const app = createApp(deps)
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, port: options.port, hostname: options.host }, () => resolve(s))
    s.once('error', reject)
  })
  const { port } = server.address() as AddressInfo
  const url = `http://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`
  publicUrl ??= url
  webhooks.start()
  pushes.start()
  return {
    url,
    app,
    database,
    close: async () => {
      // Open streams would hold the server open; they reconnect elsewhere with Last-Event-ID.
      if ('closeAllConnections' in server) server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
      // Route jobs queue webhooks and pushes: they settle first, then the senders stop.
      await scheduler.stop()
      await webhooks.stop()
      await pushes.stop()
      await bus.close()
      await database.close()
    },
  }
}
