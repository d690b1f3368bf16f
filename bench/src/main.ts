import { writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import { widgetBundleSize } from './bundle-size.ts'
import { measureThroughput } from './http-throughput.ts'
import { createScratchPostgres } from '@porchlight/server/test/database'

// `pnpm bench`: prints a table and writes bench/results.json. Numbers, never assertions.
const RESULTS = fileURLToPath(new URL('../results.json', import.meta.url))
const seconds = Number(process.env.BENCH_SECONDS ?? 10)
const connections = 50

const bundle = widgetBundleSize()
const load = { seconds, connections }
const hello = await measureThroughput({ mode: 'hello' }, load)
const trackPglite = await measureThroughput({ mode: 'pglite' }, load)
const withPostgres = async <T>(run: (databaseUrl: string) => Promise<T>) => {
  const scratch = await createScratchPostgres()
  return run(scratch.url).finally(scratch.drop)
}
const trackPostgres = await withPostgres((databaseUrl) => measureThroughput({ mode: 'postgres', databaseUrl }, load))
// The widget on a storefront sends Origin: the same read with its per-tenant CORS answer.
const trackPostgresCors = await withPostgres((databaseUrl) =>
  measureThroughput({ mode: 'postgres', databaseUrl, origin: 'https://shop.example' }, load),
)
// The database path alone: no view cache, load spread over many shipments.
const trackPostgresUncached = await withPostgres((databaseUrl) =>
  measureThroughput({ mode: 'postgres', databaseUrl, viewTtlMs: 0, shipments: 200 }, load),
)

const ratio = (x: number) => Math.round((x / hello.requestsPerSecond) * 1000) / 10
const results = {
  measuredAt: new Date().toISOString(),
  machine: { cpus: cpus().length, node: process.version },
  settings: { seconds, connections },
  widget: bundle,
  http: { hello, trackPglite, trackPostgres, trackPostgresCors, trackPostgresUncached },
  trackVsHelloPercent: {
    pglite: ratio(trackPglite.requestsPerSecond),
    postgres: ratio(trackPostgres.requestsPerSecond),
    postgresCors: ratio(trackPostgresCors.requestsPerSecond),
    postgresUncached: ratio(trackPostgresUncached.requestsPerSecond),
  },
}
writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`)

console.table({
  'widget.js (min)': { value: bundle.minBytes, unit: 'bytes' },
  'widget.js (gzip)': { value: bundle.gzipBytes, unit: 'bytes' },
  'widget.js (brotli)': { value: bundle.brotliBytes, unit: 'bytes' },
})
console.table({
  'hello world': { ...hello, vsHello: '100%' },
  'GET /v1/track/:token, PGlite': { ...trackPglite, vsHello: `${results.trackVsHelloPercent.pglite}%` },
  'GET /v1/track/:token, PostgreSQL': { ...trackPostgres, vsHello: `${results.trackVsHelloPercent.postgres}%` },
  'same, from an allowed Origin (CORS)': { ...trackPostgresCors, vsHello: `${results.trackVsHelloPercent.postgresCors}%` },
  'same, no view cache, 200 shipments': {
    ...trackPostgresUncached,
    vsHello: `${results.trackVsHelloPercent.postgresUncached}%`,
  },
})
console.log(`written to ${RESULTS}`)
