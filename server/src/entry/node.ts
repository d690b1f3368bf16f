import { resolve } from 'node:path'
import { consoleLogger, startServer } from './node-runtime.ts'

// The only place that reads the environment; README.md "Configuration" lists every variable.
const env = process.env
const dataDir = env.PORCHLIGHT_DATA_DIR ?? '.porchlight/data'
const milliseconds = (name: string) => {
  const value = env[name]
  if (value === undefined || value === '') return undefined
  const ms = Number(value)
  if (!Number.isInteger(ms) || ms <= 0) throw new Error(`${name} must be a positive number of milliseconds`)
  return ms
}
const server = await startServer({
  port: Number(env.PORT ?? 8787),
  host: env.HOST ?? '127.0.0.1',
  databaseUrl: env.DATABASE_URL || undefined,
  // pnpm runs this from server/; a relative directory means relative to where `pnpm serve` was
  // typed (INIT_CWD), as a user reading the README expects.
  dataDir: dataDir.includes('://') ? dataDir : resolve(env.INIT_CWD ?? process.cwd(), dataDir),
  adminToken: env.PORCHLIGHT_ADMIN_TOKEN || undefined,
  publicUrl: env.PORCHLIGHT_PUBLIC_URL || undefined,
  allowLoopbackTargets: env.PORCHLIGHT_ALLOW_LOOPBACK_TARGETS === '1',
  webhookRetryBaseMs: milliseconds('PORCHLIGHT_WEBHOOK_RETRY_BASE_MS'),
  webhookTimeoutMs: milliseconds('PORCHLIGHT_WEBHOOK_TIMEOUT_MS'),
  vapid:
    env.PORCHLIGHT_VAPID_PUBLIC_KEY && env.PORCHLIGHT_VAPID_PRIVATE_KEY
      ? { publicKey: env.PORCHLIGHT_VAPID_PUBLIC_KEY, privateKey: env.PORCHLIGHT_VAPID_PRIVATE_KEY }
      : undefined,
  vapidSubject: env.PORCHLIGHT_VAPID_SUBJECT || undefined,
})
consoleLogger.info('porchlight listening', { url: server.url, database: server.database.kind })

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  })
}
