import { createRandom } from '../../../demo/src/fleet/random.ts'
import type { SimulatedRoute } from '../../../demo/src/fleet/types.ts'
import { visitStops } from '../../../demo/src/fleet/visit-stops.ts'
import { BANDS, type BandName, bandsOf } from './horizon-bands.ts'

const MINUTE = 60_000
const PROMISED = 0.95
// Tails cut from each end of the runs, tried from the narrowest window outwards.
const TAILS = Array.from({ length: 50 }, (_, i) => 0.05 - i * 0.001)

export type OracleOptions = { seed: string | number; runs?: number; everyNthStop?: number }

export type OracleBand = { band: BandName; samples: number; hitRate: number; medianWidthMinutes: number; tail: number }

/**
 * The narrowest windows any predictor could give within the hour on these days: a floor to read
 * the engine's widths against. At a departure, it knows all the simulator knows but its dice
 * (this driver's road and doorstep pace, the day's pace, whether each address is a flat, the
 * traffic curve, when the driver means to eat) and plays the rest of the route `runs` times
 * with fresh dice. Its window is the central interval of those runs, the same tail cut from
 * each end, as far as still holds 95% of the real arrivals in the band.
 */
export function oracleFloor(routes: readonly SimulatedRoute[], options: OracleOptions): OracleBand[] {
  const runs = options.runs ?? 200
  const every = options.everyNthStop ?? 3
  const random = createRandom(options.seed).fork('oracle')
  const within = BANDS.filter((band) => band.to <= 60).map((band) => band.name)
  const samples = new Map<BandName, Array<{ actual: number; runs: Float64Array }>>(within.map((band) => [band, []]))

  for (const route of routes) {
    for (let i = 0; i < route.stops.length - 1; i += every) {
      const now = route.stops[i]!.departedAt.getTime()
      // The break starting right now: the oracle would be told its length, which no one knows.
      if (route.lunch?.start.getTime() === now) continue
      const targets = route.stops.flatMap((stop, j) => {
        const actual = (stop.arrivedAt.getTime() - now) / MINUTE
        return j > i && bandsOf(actual).some((band) => within.includes(band)) ? [{ j, actual }] : []
      })
      const last = targets[targets.length - 1]
      if (!last) continue
      const arrivals = targets.map(() => new Float64Array(runs))
      for (let run = 0; run < runs; run += 1) {
        const dice = random.fork(`${route.id}/${i}/${run}`)
        const visits = visitStops({
          addresses: route.stops.slice(i + 1).map((stop) => stop.address),
          from: route.stops[i]!.address,
          at: now,
          midnight: route.localMidnight.getTime(),
          pace: route.driver.speedFactor * route.dayPace,
          serviceFactor: route.driver.serviceFactor,
          plannedLunch: route.lunch && route.lunch.start.getTime() < now ? null : route.plannedLunch.getTime(),
          legs: dice.fork('legs'),
          doors: dice.fork('doors'),
        })
        let k = 0
        let j = i
        for (const visit of visits) {
          j += 1
          if (targets[k]?.j === j) {
            arrivals[k]![run] = (visit.leg.to - now) / MINUTE
            k += 1
          }
          if (j === last.j) break
        }
      }
      for (const [k, target] of targets.entries()) {
        const sample = { actual: target.actual, runs: arrivals[k]!.sort() }
        for (const band of bandsOf(target.actual)) samples.get(band)?.push(sample)
      }
    }
  }
  return within.map((band) => scoreOracle(band, samples.get(band)!))
}

/** Linear between order statistics, so a tail needs no more runs than it cuts. */
function quantile(sorted: Float64Array, level: number): number {
  const at = level * (sorted.length - 1)
  const below = Math.floor(at)
  const above = Math.min(sorted.length - 1, below + 1)
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (at - below)
}

function scoreOracle(band: BandName, samples: ReadonlyArray<{ actual: number; runs: Float64Array }>): OracleBand {
  const windowOf = (sorted: Float64Array, tail: number) => [quantile(sorted, tail), quantile(sorted, 1 - tail)] as const
  let chosen = { tail: 0, hitRate: 1 }
  for (const tail of TAILS) {
    const hits = samples.filter((s) => {
      const [low, high] = windowOf(s.runs, tail)
      return low <= s.actual && s.actual <= high
    }).length
    chosen = { tail, hitRate: hits / samples.length }
    if (chosen.hitRate >= PROMISED) break
  }
  const widths = samples.map((s) => {
    const [low, high] = windowOf(s.runs, chosen.tail)
    return high - low
  })
  widths.sort((a, b) => a - b)
  const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits
  return { band, samples: samples.length, hitRate: round(chosen.hitRate, 4), medianWidthMinutes: round(widths[widths.length >> 1] ?? 0, 2), tail: round(chosen.tail, 4) }
}
