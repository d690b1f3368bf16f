import { writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import { runEtaBenchmark } from './run-eta-benchmark.ts'

// `pnpm bench:eta`: prints a table and writes bench/results-eta.json. Numbers, never assertions.
const RESULTS = fileURLToPath(new URL('../../results-eta.json', import.meta.url))

const started = performance.now()
const results = runEtaBenchmark({
  seed: process.env.ETA_SEED ?? 1,
  historyDays: Number(process.env.ETA_HISTORY_DAYS ?? 20),
  evaluationDays: Number(process.env.ETA_EVALUATION_DAYS ?? 15),
})
const seconds = Math.round((performance.now() - started) / 100) / 10
writeFileSync(
  RESULTS,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), machine: { cpus: cpus().length, node: process.version }, seconds, ...results }, null, 2)}\n`,
)

console.log(
  `learnt from ${results.learn.routeDays} route-days in ${results.learn.milliseconds} ms; ` +
    `${results.evaluation.routeDays} held-out route-days, ${results.evaluation.instants} instants, ` +
    `${results.evaluation.scoredPredictions} predictions scored`,
)
console.table(
  Object.fromEntries(
    results.bands.map((b) => [
      `${b.band} min`,
      {
        samples: b.samples,
        'hit %': +(b.engine.hitRate * 100).toFixed(1),
        'width p50': b.engine.medianWidthMinutes,
        MAE: b.engine.meanAbsErrorMinutes,
        'naive hit %': +(b.baseline.hitRate * 100).toFixed(1),
        'naive ±': b.baseline.marginMinutes,
        'naive width p50': b.baseline.medianWidthMinutes,
        'naive MAE': b.baseline.meanAbsErrorMinutes,
      },
    ]),
  ),
)
console.log('Within the hour, beside a predictor told all the simulator knows but its dice (a floor, not a target):')
console.table(
  Object.fromEntries(
    results.floor.map((floor) => {
      const engine = results.bands.find((b) => b.band === floor.band)!.engine
      return [`${floor.band} min`, { 'engine hit %': +(engine.hitRate * 100).toFixed(1), 'engine width p50': engine.medianWidthMinutes, 'floor hit %': +(floor.hitRate * 100).toFixed(1), 'floor width p50': floor.medianWidthMinutes }]
    }),
  ),
)
console.log('30-60 min band by where the lunch break stood (simulator ground truth):')
console.table(
  Object.fromEntries(
    results.diagnostics.band30to60ByLunchBreak.map(({ lunch, share, ...engine }) => [
      lunch,
      { 'share %': +(share * 100).toFixed(1), 'hit %': engine.hitRate && +(engine.hitRate * 100).toFixed(1), 'width p50': engine.medianWidthMinutes, MAE: engine.meanAbsErrorMinutes },
    ]),
  ),
)
const { routeStart, midRoute } = results.callCost
console.log(`predictArrivals: ${routeStart?.microseconds} µs for ${routeStart?.stops} stops, ${midRoute?.microseconds} µs for ${midRoute?.stops} at mid-route`)
console.log('acceptance:', results.acceptance)
console.log(`seed ${results.settings.seed}; ${seconds} s; written to ${RESULTS}`)
