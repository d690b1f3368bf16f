// The share of arrivals a window promises to hold.
const PROMISED = 0.95

/**
 * The share of a range's replayed arrivals the windows must hold: the 95% promised plus one
 * standard error of that share as measured, so that new days, not only the learnt ones, meet
 * it. The error counts routes, not predictions, as the unit: one day's pace and traffic run
 * through all of its predictions, so misses come in bunches (more so further ahead), and a few
 * dozen routes pin a share down far less well than their thousands of predictions suggest.
 * `misses[r]` and `sizes[r]` are route r's misses and predictions in the range.
 */
export function coverageTarget(misses: ArrayLike<number>, sizes: ArrayLike<number>): number {
  let missed = 0
  let total = 0
  for (let r = 0; r < sizes.length; r += 1) {
    missed += misses[r]!
    total += sizes[r]!
  }
  const routes = sizes.length
  if (total === 0 || routes < 2) return PROMISED
  const rate = missed / total
  let squares = 0
  for (let r = 0; r < routes; r += 1) squares += (misses[r]! - rate * sizes[r]!) ** 2
  return PROMISED + Math.sqrt((squares * routes) / (routes - 1)) / total
}
