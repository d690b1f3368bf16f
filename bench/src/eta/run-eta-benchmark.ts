import { buildCity } from '../../../demo/src/fleet/city.ts'
import { generateEvaluationDays, generateHistory, toCompletedRoute } from '../../../demo/src/fleet/generate-days.ts'
import { learnEta, predictArrivals, replayInput } from '../../../server/src/eta/index.ts'
import { BANDS, type BandName, type BandScore, type Sample, bandsOf, scoreBand } from './horizon-bands.ts'
import { measureCallCost } from './call-cost.ts'
import { type LunchState, lunchStateOf, scoreByLunchState } from './lunch-states.ts'
import { naiveBaseline } from './naive-baseline.ts'
import { oracleFloor } from './oracle-floor.ts'

export type EtaBenchmarkOptions = {
  seed?: string | number
  /** Weekdays of history to learn from, and vans per day (route-days = product). */
  historyDays?: number
  evaluationDays?: number
  driversPerDay?: number
  /** Simulated minutes between replay instants on the held-out days. */
  stepMinutes?: number
}

const MINUTE = 60_000

/**
 * Learns on simulated history, then replays held-out days: at every step along each route it
 * asks for predictions with only what the server would know at that instant, and scores every
 * stop not yet reached against its real arrival, by horizon band, beside a naive baseline.
 */
export function runEtaBenchmark(options: EtaBenchmarkOptions = {}) {
  const settings = { seed: 1, historyDays: 20, evaluationDays: 15, driversPerDay: 2, stepMinutes: 5, ...options }
  const city = buildCity()
  const history = generateHistory({ seed: settings.seed, days: settings.historyDays, driversPerDay: settings.driversPerDay, city })
  const learnStarted = performance.now()
  const stats = learnEta(history)
  const learnMs = performance.now() - learnStarted
  const baseline = naiveBaseline(history)
  const evaluation = generateEvaluationDays({ seed: settings.seed, days: settings.evaluationDays, driversPerDay: settings.driversPerDay, city })

  const samples = new Map<BandName, Sample[]>(BANDS.map((band) => [band.name, []]))
  // The band the acceptance found hardest, broken down by where the lunch break stood.
  const diagnosed: Array<{ sample: Sample; lunch: LunchState }> = []
  let instants = 0
  let scored = 0
  for (const simulated of evaluation) {
    const route = toCompletedRoute(simulated)
    const end = route.stops[route.stops.length - 1]!.arrivedAt.getTime()
    for (let t = simulated.startedAt.getTime() + settings.stepMinutes * MINUTE; t < end; t += settings.stepMinutes * MINUTE) {
      const replay = replayInput(route, new Date(t))
      if (!replay) continue
      instants += 1
      const windows = predictArrivals(stats, replay.input)
      const naive = baseline.expectedMinutes(replay.input)
      for (const [i, stop] of replay.remaining.entries()) {
        const actual = (stop.arrivedAt.getTime() - t) / MINUTE
        if (actual <= 0) continue
        scored += 1
        const window = windows[i]!
        const sample: Sample = {
          actual,
          engine: {
            earliest: (window.earliest.getTime() - t) / MINUTE,
            expected: (window.expected.getTime() - t) / MINUTE,
            latest: (window.latest.getTime() - t) / MINUTE,
          },
          baselineExpected: naive[i]!,
        }
        for (const band of bandsOf(actual)) samples.get(band)!.push(sample)
        if (30 <= actual && actual < 60) diagnosed.push({ sample, lunch: lunchStateOf(simulated, t, stop.arrivedAt.getTime()) })
      }
    }
  }
  const bands: BandScore[] = BANDS.map((band) => scoreBand(band.name, samples.get(band.name)!))
  const longest = evaluation.reduce((a, b) => (b.stops.length > a.stops.length ? b : a))
  const band = (name: BandName) => bands.find((b) => b.band === name)!
  return {
    settings,
    learn: { routeDays: history.length, milliseconds: Math.round(learnMs), stats },
    evaluation: { routeDays: evaluation.length, instants, scoredPredictions: scored },
    baseline: { kmPerHour: Math.round(baseline.kmPerHour * 100) / 100, serviceMinutes: Math.round(baseline.serviceMinutes * 100) / 100, margin: 'sized per band' },
    bands,
    callCost: measureCallCost(stats, toCompletedRoute(longest)),
    diagnostics: { band30to60ByLunchBreak: scoreByLunchState(diagnosed) },
    floor: oracleFloor(evaluation, { seed: settings.seed }),
    // As the issue states it: "median width at most 30 minutes for arrivals within the next hour"
    // is the 0-60 band as a whole. The 30-60 band alone is reported beside it, since a pooled
    // median can pass while the far end of the hour is much wider; `floor` shows how narrow any
    // predictor could make it.
    acceptance: {
      hitRateAtLeast95EveryBand: bands.every((b) => b.engine.hitRate >= 0.95),
      medianWidthWithinHourAtMost30: band('0-60').engine.medianWidthMinutes <= 30,
      medianWidth30to60AtMost30: band('30-60').engine.medianWidthMinutes <= 30,
      medianWidth0to15AtMost15: band('0-15').engine.medianWidthMinutes <= 15,
      narrowerThanBaselineEveryBand: bands.every((b) => b.engine.medianWidthMinutes < b.baseline.medianWidthMinutes),
    },
  }
}

export type EtaBenchmarkResults = ReturnType<typeof runEtaBenchmark>
