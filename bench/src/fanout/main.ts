import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createScratchPostgres } from '@porchlight/server/test/database'
import { runFanoutBenchmark } from './run-fanout-benchmark.ts'

// `pnpm bench:fanout`: prints the figures and writes bench/results-fanout.json.
const RESULTS = fileURLToPath(new URL('../../results-fanout.json', import.meta.url))
const scratch = await createScratchPostgres()
try {
  const results = await runFanoutBenchmark({
    databaseUrl: scratch.url,
    streams: Number(process.env.BENCH_STREAMS ?? 10_000),
    batches: 20,
    ingestSeconds: 10,
    // e.g. BENCH_TARGET_FLAGS='--cpu-prof --cpu-prof-dir=/tmp/fanout-prof'
    targetFlags: process.env.BENCH_TARGET_FLAGS?.split(' ').filter(Boolean),
  })
  writeFileSync(RESULTS, `${JSON.stringify({ measuredAt: new Date().toISOString(), ...results }, null, 2)}\n`)
  console.table(results)
  console.log(`written to ${RESULTS}`)
} finally {
  await scratch.drop()
}
