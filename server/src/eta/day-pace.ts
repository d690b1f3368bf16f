import type { PaceSpread } from './types.ts'

/** log(actual / modelled), clipped: one absurd leg must not decide a whole day's pace. */
export function logRatio(actual: number, modelled: number): number {
  return Math.max(-2, Math.min(2, Math.log(Math.max(actual, 0.05) / Math.max(modelled, 0.05))))
}

/**
 * Splits the spread of log-ratios into a part that stays with a route all day (the driver, the
 * van, the weather) and a part that changes from one leg or stop to the next: the first is what
 * today's completed stops can reveal about the rest of today.
 */
export function learnPaceSpread(ratiosByRoute: number[][], fallback: PaceSpread): PaceSpread {
  const routes = ratiosByRoute.filter((ratios) => ratios.length >= 2)
  const all = routes.flat()
  if (routes.length < 2 || all.length < 20) return fallback
  const centre = all.reduce((sum, r) => sum + r, 0) / all.length
  let within = 0
  const means: number[] = []
  for (const ratios of routes) {
    const mean = ratios.reduce((sum, r) => sum + r, 0) / ratios.length
    means.push(mean)
    for (const r of ratios) within += (r - mean) ** 2
  }
  const withinRoute = within / (all.length - routes.length)
  const meanOfMeans = means.reduce((sum, m) => sum + m, 0) / means.length
  const varianceOfMeans = means.reduce((sum, m) => sum + (m - meanOfMeans) ** 2, 0) / (means.length - 1)
  const typicalCount = all.length / routes.length
  return { centre, withinRoute, betweenRoutes: Math.max(1e-3, varianceOfMeans - withinRoute / typicalCount) }
}

/**
 * Today's pace relative to the model, from today's completed legs or stops: a shrunken average
 * (few observations barely move it, many outweigh the history) and how unsure it still is.
 */
export function todayPace(spread: PaceSpread, ratios: readonly number[]): { factor: number; logVariance: number } {
  let sum = 0
  for (const r of ratios) sum += r - spread.centre
  const precision = ratios.length / spread.withinRoute + 1 / spread.betweenRoutes
  const logMean = sum / spread.withinRoute / precision
  return { factor: Math.exp(logMean), logVariance: 1 / precision }
}
