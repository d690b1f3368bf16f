import { type Placement, placement } from './calibration-levels.ts'
import { arrivalQuantiles } from './arrival-distribution.ts'
import { coverageTarget } from './coverage-target.ts'
import { sortedQuantile } from './quantile-table.ts'
import type { ReplaySample } from './replay-samples.ts'
import type { CalibrationLevels, EtaStats } from './types.ts'

type Calibration = EtaStats['calibration']

// Horizon ranges, in minutes: for calibrating (by predicted horizon) and for checking (by real,
// each against its coverageTarget).
const EDGES = [0, 3, 6, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, Number.POSITIVE_INFINITY]
// Each level starts where the replayed arrivals read at it missed this often in all, split
// between the early and the late side as SPLITS allows, whichever gives the narrowest windows.
const START_MISS = 0.04
const SPLITS = [0.002, 0.005, 0.01, 0.015, 0.02, 0.025, 0.03]
const SPLIT_SAMPLES = 2000
// A widening step keeps this share of the misses on that side of that level.
const KEEP = 0.8
const MIN_SAMPLES = 100
const MAX_ROUNDS = 300

const rangeOf = (minutes: number) => EDGES.findIndex((edge) => minutes < edge) - 1

/** A table of levels being learnt, with the replayed levels (sorted) read at each horizon. */
type Learning = { levels: CalibrationLevels; seen: number[][]; earlyMiss: number[]; lateMiss: number[] }

/**
 * Learns the probability levels to read windows at from replayed history (where each real
 * arrival fell in its predicted distribution), by predicted horizon, separately for settled and
 * unsettled predictions. Each level starts where the replayed arrivals read at it fall outside
 * 4% of the time, split between early and late to give the narrowest windows. Then
 * every range of real horizons must be covered at its coverageTarget: a late surprise is scored where it
 * lands, later than where it was predicted, so a range can fall short though every predicted
 * horizon is right on average. A range still short widens, on the side of most of its misses,
 * the level most of them were read at, until none is.
 */
export function learnCalibration(samples: readonly ReplaySample[], fallback: Calibration): Calibration {
  const settled = startLearning(samples.filter((s) => s.settled))
  if (!settled) return fallback
  // Too few unsettled predictions to learn from: they share the settled levels.
  const unsettled = startLearning(samples.filter((s) => !s.settled))
  const tables = unsettled ? [settled, unsettled] : [settled]
  const tableOf = (s: ReplaySample) => (s.settled || !unsettled ? 0 : 1)

  const groups = EDGES.slice(1).map(() => [] as ReplaySample[])
  for (const s of samples) groups[rangeOf(s.actual)]!.push(s)
  const checked = groups.flatMap((group) => {
    if (group.length < MIN_SAMPLES) return []
    const routes = new Map<ReplaySample['route'], number>()
    for (const s of group) if (!routes.has(s.route)) routes.set(s.route, routes.size)
    const placed = group.map((s) => ({
      ...placement(tables[tableOf(s)]!.levels.horizonMinutes, s.predicted),
      table: tableOf(s),
      level: s.level,
      route: routes.get(s.route)!,
    }))
    return [flatGroup(placed, routes.size)]
  })
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const steps = checked.map((group) => culpritOf(tables, group)).filter((step) => step !== null)
    if (steps.length === 0) break
    for (const { table, index, side } of steps) widen(tables[table]!, index, side)
  }
  return { settled: settled.levels, unsettled: (unsettled ?? settled).levels }
}

function startLearning(samples: readonly ReplaySample[]): Learning | null {
  const ranges = EDGES.slice(1).map(() => [] as ReplaySample[])
  for (const s of samples) ranges[rangeOf(s.predicted)]!.push(s)
  const used = ranges.filter((range) => range.length >= MIN_SAMPLES)
  if (used.length === 0) return null
  const seen = used.map((range) => range.map((s) => s.level).sort((a, b) => a - b))
  const splits = used.map((range, i) => narrowestSplit(range, seen[i]!))
  return {
    levels: {
      horizonMinutes: used.map((range) => sortedQuantile(range.map((s) => s.predicted).sort((a, b) => a - b), 0.5)),
      earliest: seen.map((levels, i) => sortedQuantile(levels, splits[i]!)),
      expected: seen.map((levels) => sortedQuantile(levels, 0.5)),
      latest: seen.map((levels, i) => sortedQuantile(levels, 1 - (START_MISS - splits[i]!))),
    },
    seen,
    earlyMiss: splits,
    lateMiss: splits.map((early) => START_MISS - early),
  }
}

/**
 * How much of the START_MISS to leave out on the early side so the windows are narrowest. Arrival
 * times are skewed to the right, so leaving out more of the late tail usually costs less.
 */
function narrowestSplit(range: readonly ReplaySample[], seen: readonly number[]): number {
  const step = Math.max(1, Math.floor(range.length / SPLIT_SAMPLES))
  let best = { early: START_MISS / 2, width: Number.POSITIVE_INFINITY }
  for (const early of SPLITS) {
    const levels = [sortedQuantile(seen, early), sortedQuantile(seen, 1 - (START_MISS - early))]
    const widths: number[] = []
    for (let i = 0; i < range.length; i += step) {
      const [low, high] = arrivalQuantiles(range[i]!.distribution, levels)
      widths.push(high! - Math.max(0, low!))
    }
    const width = sortedQuantile(widths.sort((a, b) => a - b), 0.5)
    if (width < best.width) best = { early, width }
  }
  return best.early
}

/**
 * Moves a level outwards to where its own replayed arrivals would miss KEEP as often on that
 * side; where that does not move it (many arrivals at the same extreme level), by KEEP of the
 * distance to the end.
 */
function widen(table: Learning, index: number, side: 'early' | 'late') {
  const seen = table.seen[index]!
  if (side === 'early') {
    table.earlyMiss[index] = table.earlyMiss[index]! * KEEP
    const current = table.levels.earliest[index]!
    const level = sortedQuantile(seen, table.earlyMiss[index]!)
    table.levels.earliest[index] = level < current ? level : current * KEEP
  } else {
    table.lateMiss[index] = table.lateMiss[index]! * KEEP
    const current = table.levels.latest[index]!
    const level = sortedQuantile(seen, 1 - table.lateMiss[index]!)
    table.levels.latest[index] = level > current ? level : 1 - (1 - current) * KEEP
  }
}

type Placed = Placement & { table: number; level: number; route: number }
type FlatGroup = {
  at: Int32Array
  next: Int32Array
  t: Float64Array
  table: Int32Array
  nearest: Int32Array
  level: Float64Array
  route: Int32Array
  /** Predictions per route. */
  sizes: Float64Array
}

function flatGroup(group: readonly Placed[], routes: number): FlatGroup {
  const n = group.length
  const flat = {
    at: new Int32Array(n),
    next: new Int32Array(n),
    t: new Float64Array(n),
    table: new Int32Array(n),
    nearest: new Int32Array(n),
    level: new Float64Array(n),
    route: new Int32Array(n),
    sizes: new Float64Array(routes),
  }
  for (const [i, s] of group.entries()) {
    flat.at[i] = s.at
    flat.next[i] = s.next
    flat.t[i] = s.t
    flat.table[i] = s.table
    flat.nearest[i] = s.nearest
    flat.level[i] = s.level
    flat.route[i] = s.route
    flat.sizes[s.route]! += 1
  }
  return flat
}

// Levels are counted at table * SLOTS + index.
const SLOTS = 64

/** If a range of real horizons is below its target: the level most of its misses were read at. */
function culpritOf(tables: readonly Learning[], g: FlatGroup) {
  const early = new Float64Array(tables.length * SLOTS)
  const late = new Float64Array(tables.length * SLOTS)
  const missesByRoute = new Float64Array(g.sizes.length)
  let misses = 0
  for (let i = 0; i < g.level.length; i += 1) {
    const { earliest, latest } = tables[g.table[i]!]!.levels
    const at = g.at[i]!
    const next = g.next[i]!
    const t = g.t[i]!
    const slot = g.table[i]! * SLOTS + g.nearest[i]!
    if (g.level[i]! < earliest[at]! + (earliest[next]! - earliest[at]!) * t) early[slot]! += 1
    else if (g.level[i]! > latest[at]! + (latest[next]! - latest[at]!) * t) late[slot]! += 1
    else continue
    missesByRoute[g.route[i]!]! += 1
    misses += 1
  }
  if (misses <= (1 - coverageTarget(missesByRoute, g.sizes)) * g.level.length) return null
  const total = (counts: Float64Array) => counts.reduce((sum, n) => sum + n, 0)
  const counts = total(early) > total(late) ? early : late
  const slot = counts.indexOf(Math.max(...counts))
  return { table: Math.floor(slot / SLOTS), index: slot % SLOTS, side: counts === early ? ('early' as const) : ('late' as const) }
}
