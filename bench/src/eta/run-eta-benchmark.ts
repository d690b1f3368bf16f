import { buildCity } from '../../../demo/src/fleet/city.ts'
import { generateEvaluationDays, generateHistory, toCompletedRoute } from '../../../demo/src/fleet/generate-days.ts'
import { learnEta, predictArrivals, replayInput } from '../../../server/src/eta/index.ts'
import { BANDS, type BandName, type BandScore, type Sample, bandOf, scoreBand } from './horizon-bands.ts'
import { measureCallCost } from './call-cost.ts'
import { naiveBaseline } from './naive-baseline.ts'

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
  let instants = 0
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
        const window = windows[i]!
        samples.get(bandOf(actual))!.push({
          actual,
          engine: {
            earliest: (window.earliest.getTime() - t) / MINUTE,
            expected: (window.expected.getTime() - t) / MINUTE,
            latest: (window.latest.getTime() - t) / MINUTE,
          },
          baselineExpected: naive[i]!,
        })
      }
    }
  }
  const bands: BandScore[] = BANDS.map((band) => scoreBand(band.name, samples.get(band.name)!))
  const longest = evaluation.reduce((a, b) => (b.stops.length > a.stops.length ? b : a))
  const withinHour = bands.filter((b) => b.band === '0-15' || b.band === '15-30' || b.band === '30-60')
  return {
    settings,
    learn: { routeDays: history.length, milliseconds: Math.round(learnMs), stats },
    evaluation: { routeDays: evaluation.length, instants, scoredPredictions: bands.reduce((sum, b) => sum + b.samples, 0) },
    baseline: { kmPerHour: Math.round(baseline.kmPerHour * 100) / 100, serviceMinutes: Math.round(baseline.serviceMinutes * 100) / 100, margin: 'sized per band' },
    bands,
    callCost: measureCallCost(stats, toCompletedRoute(longest)),
    acceptance: {
      hitRateAtLeast95EveryBand: bands.every((b) => b.engine.hitRate >= 0.95),
      medianWidthWithinHourAtMost30: withinHour.every((b) => b.engine.medianWidthMinutes <= 30),
      medianWidth0to15AtMost15: bands[0]!.engine.medianWidthMinutes <= 15,
      narrowerThanBaselineEveryBand: bands.every((b) => b.engine.medianWidthMinutes < b.baseline.medianWidthMinutes),
    },
  }
}

export type EtaBenchmarkResults = ReturnType<typeof runEtaBenchmark>
