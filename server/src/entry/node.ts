import { resolve } from 'node:path'
import { consoleLogger, startServer } from './node-runtime.ts'

// The only place that reads the environment; see CONTRACT.md "Running it".
const env = process.env
const dataDir = env.PORCHLIGHT_DATA_DIR ?? '.porchlight/data'
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
