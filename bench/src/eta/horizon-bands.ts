/**
 * Horizon bands in minutes before the real arrival, as the acceptance targets are stated. The
 * disjoint bands split every prediction once; "0-60" is cumulative ("arrivals within the next
 * hour", the acceptance's own wording) and overlaps the three before it.
 */
export const BANDS = [
  { name: '0-15', from: 0, to: 15, cumulative: false },
  { name: '15-30', from: 15, to: 30, cumulative: false },
  { name: '30-60', from: 30, to: 60, cumulative: false },
  { name: '0-60', from: 0, to: 60, cumulative: true },
  { name: '60-120', from: 60, to: 120, cumulative: false },
  { name: '120+', from: 120, to: Number.POSITIVE_INFINITY, cumulative: false },
] as const

export type BandName = (typeof BANDS)[number]['name']

/** Every band a prediction this far ahead is scored in: one disjoint band, plus any cumulative. */
export function bandsOf(minutesAhead: number): BandName[] {
  return BANDS.filter((band) => band.from <= minutesAhead && minutesAhead < band.to).map((band) => band.name)
}

/** One stop, predicted at one instant: minutes from that instant. */
export type Sample = {
  actual: number
  engine: { earliest: number; expected: number; latest: number }
  baselineExpected: number
}

export type BandScore = {
  band: BandName
  samples: number
  engine: { hitRate: number; medianWidthMinutes: number; meanAbsErrorMinutes: number }
  /** `marginMinutes`: the fixed ± margin, sized for this band, that matches the engine's hit rate. */
  baseline: { marginMinutes: number; hitRate: number; medianWidthMinutes: number; meanAbsErrorMinutes: number }
}

const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

const isHit = (s: Sample) => s.engine.earliest <= s.actual && s.actual <= s.engine.latest

/** The engine's own figures for a set of predictions. */
export function engineScore(samples: readonly Sample[]): BandScore['engine'] {
  return {
    hitRate: round(samples.filter(isHit).length / samples.length, 4),
    medianWidthMinutes: round(median(samples.map((s) => s.engine.latest - s.engine.earliest))),
    meanAbsErrorMinutes: round(samples.reduce((sum, s) => sum + Math.abs(s.engine.expected - s.actual), 0) / samples.length),
  }
}

/**
 * Scores a band. The baseline's margin is the smallest that gives it at least the engine's hit
 * rate in this same band, so the widths compare at equal hit rate. Both windows are cut at "now"
 * (no arrival can be earlier), which is why a width can be less than twice the margin.
 */
export function scoreBand(band: BandName, samples: readonly Sample[]): BandScore {
  const hitRate = samples.filter(isHit).length / samples.length
  const baselineErrors = samples.map((s) => Math.abs(s.baselineExpected - s.actual)).sort((a, b) => a - b)
  const margin = baselineErrors[Math.min(baselineErrors.length - 1, Math.ceil(hitRate * samples.length) - 1)] ?? 0
  const baselineHits = baselineErrors.filter((error) => error <= margin).length
  return {
    band,
    samples: samples.length,
    engine: engineScore(samples),
    baseline: {
      marginMinutes: round(margin),
      hitRate: round(baselineHits / samples.length, 4),
      medianWidthMinutes: round(median(samples.map((s) => s.baselineExpected + margin - Math.max(0, s.baselineExpected - margin)))),
      meanAbsErrorMinutes: round(baselineErrors.reduce((sum, e) => sum + e, 0) / samples.length),
    },
  }
}
