import { normalCdf } from './normal.ts'
import type { QuantileTable } from './types.ts'

/** Levels dense in the upper tail, where heavy-tailed durations (service, breaks) differ most. */
export const TAIL_LEVELS = [0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98, 0.99, 0.995, 1]

/** Empirical quantiles, linearly interpolated between order statistics. */
export function quantileTable(samples: readonly number[], levels: readonly number[] = TAIL_LEVELS): QuantileTable {
  const sorted = [...samples].sort((a, b) => a - b)
  return { levels: [...levels], values: levels.map((level) => sortedQuantile(sorted, level)) }
}

/**
 * Quantiles of the samples smoothed with a normal kernel (Silverman's bandwidth): with a few
 * dozen samples, values just beyond the smallest or largest seen stay possible, only rarer.
 */
export function smoothedQuantileTable(samples: readonly number[], levels: readonly number[] = TAIL_LEVELS): QuantileTable {
  const n = samples.length
  const mean = samples.reduce((sum, x) => sum + x, 0) / n
  const sd = Math.sqrt(samples.reduce((sum, x) => sum + (x - mean) ** 2, 0) / Math.max(1, n - 1))
  const bandwidth = Math.max(1e-6, 1.06 * sd * n ** -0.2)
  const cdf = (x: number) => samples.reduce((sum, s) => sum + normalCdf((x - s) / bandwidth), 0) / n
  const low = Math.min(...samples) - 4 * bandwidth
  const high = Math.max(...samples) + 4 * bandwidth
  const values = levels.map((level) => {
    if (level <= 0) return low
    if (level >= 1) return high
    let a = low
    let b = high
    for (let i = 0; i < 50; i += 1) {
      const mid = (a + b) / 2
      if (cdf(mid) < level) a = mid
      else b = mid
    }
    return (a + b) / 2
  })
  return { levels: [...levels], values }
}

export function sortedQuantile(sorted: readonly number[], level: number): number {
  if (sorted.length === 0) return Number.NaN
  const position = Math.min(1, Math.max(0, level)) * (sorted.length - 1)
  const below = Math.floor(position)
  const above = Math.min(sorted.length - 1, below + 1)
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (position - below)
}

/** The value at probability `level` (the quantile function, piecewise linear). */
export function valueAt(table: QuantileTable, level: number): number {
  const { levels, values } = table
  for (let i = 1; i < levels.length; i += 1) {
    if (level <= levels[i]!) {
      const span = levels[i]! - levels[i - 1]!
      const t = span > 0 ? (level - levels[i - 1]!) / span : 1
      return values[i - 1]! + (values[i]! - values[i - 1]!) * t
    }
  }
  return values[values.length - 1]!
}

/** P(X <= x): the inverse of valueAt. */
export function levelAt(table: QuantileTable, x: number): number {
  const { levels, values } = table
  if (x < values[0]!) return 0
  for (let i = 1; i < values.length; i += 1) {
    if (x < values[i]!) {
      const t = (x - values[i - 1]!) / (values[i]! - values[i - 1]!)
      return levels[i - 1]! + (levels[i]! - levels[i - 1]!) * t
    }
  }
  return 1
}

/**
 * Mean and variance of X - x given X > x: what is left of a duration that has already lasted x.
 * For a heavy tail the longer it has lasted, the longer it is likely to go on; beyond the
 * largest value ever seen, the tail is taken as exponential with the mean excess over the 95th
 * percentile.
 */
export function remainingAfter(table: QuantileTable, x: number): { mean: number; variance: number } {
  const { levels, values } = table
  const from = levelAt(table, x)
  if (from >= 1) {
    const tail = Math.max(0.1, remainingAfter(table, valueAt(table, 0.95)).mean)
    return { mean: tail, variance: tail * tail }
  }
  let first = 0
  let second = 0
  let previous = { level: from, value: Math.max(x, values[0]!) }
  for (let i = 1; i < levels.length; i += 1) {
    if (levels[i]! <= from) continue
    const next = { level: levels[i]!, value: values[i]! }
    const width = next.level - previous.level
    // Exact integrals of a linear quantile function over the segment.
    first += (width * (previous.value + next.value)) / 2
    second += (width * (previous.value ** 2 + previous.value * next.value + next.value ** 2)) / 3
    previous = next
  }
  const mass = 1 - from
  const mean = first / mass
  return { mean: Math.max(0, mean - Math.max(0, x)), variance: Math.max(0, second / mass - mean * mean) }
}
