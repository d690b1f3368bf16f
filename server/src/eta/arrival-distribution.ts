import { normalCdf, normalQuantile } from './normal.ts'

/** Mean and variance, in minutes from now. */
export type Spread = { mean: number; variance: number }

/**
 * When a stop will be reached, in minutes from now: log-normal (durations are positive and
 * right-skewed) with the moments of the summed legs and stops, and, while the lunch break may
 * still fall before this stop, a second log-normal for the case where it does. `settled` when the
 * driver is in sight and no break may or may not come first: the two cases miss differently.
 */
export type ArrivalDistribution = { withoutLunch: Spread; withLunch: Spread; lunchChance: number; settled: boolean }

// Below this a horizon is "now": keeps logarithms finite without moving any window visibly.
const MIN_MINUTES = 0.05

type LogNormal = { mu: number; sigma: number }

function logNormal({ mean, variance }: Spread): LogNormal {
  const m = Math.max(MIN_MINUTES, mean)
  const s2 = Math.log(1 + Math.max(0, variance) / (m * m))
  return { mu: Math.log(m) - s2 / 2, sigma: Math.max(1e-6, Math.sqrt(s2)) }
}

export function meanMinutes(d: ArrivalDistribution): number {
  return (1 - d.lunchChance) * d.withoutLunch.mean + d.lunchChance * d.withLunch.mean
}

export function arrivalCdf(d: ArrivalDistribution, minutes: number): number {
  if (minutes <= 0) return 0
  const a = logNormal(d.withoutLunch)
  const b = logNormal(d.withLunch)
  return mixtureCdf(d.lunchChance, a, b, Math.log(minutes))
}

function mixtureCdf(p: number, a: LogNormal, b: LogNormal, logMinutes: number): number {
  const without = normalCdf((logMinutes - a.mu) / a.sigma)
  return p <= 0 ? without : (1 - p) * without + p * normalCdf((logMinutes - b.mu) / b.sigma)
}

/** Minutes from now by which the stop is reached with probability `level`, for each level. */
export function arrivalQuantiles(d: ArrivalDistribution, levels: readonly number[]): number[] {
  const a = logNormal(d.withoutLunch)
  const b = logNormal(d.withLunch)
  const minutes: number[] = []
  for (const level of levels) minutes.push(mixtureQuantile(d.lunchChance, a, b, level))
  return minutes
}

function mixtureQuantile(p: number, a: LogNormal, b: LogNormal, level: number): number {
  const z = normalQuantile(level)
  const x0 = a.mu + a.sigma * z
  if (p <= 1e-6) return Math.exp(x0)
  const x1 = b.mu + b.sigma * z
  if (p >= 1 - 1e-6) return Math.exp(x1)
  // The mixture's quantile lies between its components' quantiles: regula falsi (Illinois) on
  // log time between them converges in a handful of steps.
  let low = Math.min(x0, x1)
  let high = Math.max(x0, x1)
  let fLow = mixtureCdf(p, a, b, low) - level
  let fHigh = mixtureCdf(p, a, b, high) - level
  let side = 0
  for (let i = 0; i < 30 && high - low > 5e-4; i += 1) {
    const x = fHigh === fLow ? (low + high) / 2 : (low * fHigh - high * fLow) / (fHigh - fLow)
    const f = mixtureCdf(p, a, b, x) - level
    if (f === 0) return Math.exp(x)
    if (f < 0) {
      low = x
      fLow = f
      if (side === -1) fHigh /= 2
      side = -1
    } else {
      high = x
      fHigh = f
      if (side === 1) fLow /= 2
      side = 1
    }
  }
  return Math.exp((low + high) / 2)
}
