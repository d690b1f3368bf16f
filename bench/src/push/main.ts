import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { createScratchPostgres } from '@porchlight/server/test/database'
import { runPushBenchmark } from './run-push-benchmark.ts'

// `pnpm bench:push`: prints the figures and writes bench/results-push.json.
const RESULTS = fileURLToPath(new URL('../../results-push.json', import.meta.url))
const scratch = await createScratchPostgres()
try {
  const results = await runPushBenchmark({ databaseUrl: scratch.url, stops: 150 })
  writeFileSync(RESULTS, `${JSON.stringify({ measuredAt: new Date().toISOString(), ...results }, null, 2)}\n`)
  console.table(results)
  console.log(`written to ${RESULTS}`)
} finally {
  await scratch.drop()
}
