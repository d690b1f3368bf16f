import { type Placement, placement } from './calibration-levels.ts'
import { arrivalQuantiles } from './arrival-distribution.ts'
import { sortedQuantile } from './quantile-table.ts'
import type { ReplaySample } from './replay-samples.ts'
import type { CalibrationLevels, EtaStats } from './types.ts'

type Calibration = EtaStats['calibration']

// Horizon ranges, in minutes: for calibrating (by predicted horizon) and for checking (by real).
const EDGES = [0, 3, 6, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, Number.POSITIVE_INFINITY]
// Every range of real horizons must hold this share of arrivals on the replayed history: above
// the 95% promised so that new days, not only the learnt ones, meet it; more so further ahead,
// where what decides a miss is the day (the driver, the traffic), and history has few days.
const targetFor = (rangeStart: number) => process.env.TGT ? Number(process.env.TGT) : (rangeStart < 30 ? 0.96 : rangeStart < 60 ? 0.965 : rangeStart < 120 ? 0.97 : 0.975)
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
 * every range of real horizons must be covered at its target: a late surprise is scored where it
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
  for (const s of samples) groups[rangeOf(process.env.BYPRED ? s.predicted : s.actual)]!.push(s)
  const checked = groups.flatMap((group, range) => {
    if (group.length < MIN_SAMPLES) return []
    const placed = group.map((s) => ({ ...placement(tables[tableOf(s)]!.levels.horizonMinutes, s.predicted), table: tableOf(s), level: s.level }))
    if (process.env.CALDBG) {
      // cluster SE of coverage at nominal START levels: per route miss counts vs pooled rate
      const lv = group.map((s) => s.level)
      const miss = group.map((s) => (s.level < 0.02 || s.level > 0.98 ? 1 : 0))
      const p = miss.reduce((a: number, b) => a + b, 0) / group.length
      const byRoute = new Map<unknown, [number, number]>()
      group.forEach((s, i) => { const c = byRoute.get(s.route) ?? [0, 0]; c[0] += miss[i]!; c[1] += 1; byRoute.set(s.route, c) })
      let ss = 0; for (const [m, n] of byRoute.values()) ss += (m - p * n) ** 2
      console.log('range', EDGES[range], 'n', group.length, 'routes', byRoute.size, 'miss(2/98)', p.toFixed(4), 'clusterSE', (Math.sqrt(ss) / group.length).toFixed(4), 'iidSE', Math.sqrt(p * (1 - p) / group.length).toFixed(4), lv.length)
    }
    const routeIds = new Map<unknown, number>()
    const route = Int32Array.from(group, (s) => { if (!routeIds.has(s.route)) routeIds.set(s.route, routeIds.size); return routeIds.get(s.route)! })
    return [{ range: EDGES[range], target: targetFor(EDGES[range]!), samples: { ...flatGroup(placed), route, routes: routeIds.size } }]
  })
  const DBG = (label: string) => { if (!process.env.CALDBG) return; console.log(label); for (const g of checked) { let miss = 0; for (let i = 0; i < g.samples.level.length; i++) { const { earliest, latest } = tables[g.samples.table[i]!]!.levels; const at = g.samples.at[i]!, next = g.samples.next[i]!, t = g.samples.t[i]!; const lv = g.samples.level[i]!; if (lv < earliest[at]! + (earliest[next]! - earliest[at]!) * t || lv > latest[at]! + (latest[next]! - latest[at]!) * t) miss++ } console.log('  range', (g as any).range, 'n', g.samples.level.length, 'cover', (1 - miss / g.samples.level.length).toFixed(4), 'target', g.target) } }
  DBG('start')
  const widened: Record<string, number> = {}
  for (let round = 0; round < MAX_ROUNDS; round += 1) {
    const steps = checked.map((group) => culpritOf(tables, group.samples, group.target)).filter((step) => step !== null)
    if (steps.length === 0) break
    for (const { table, index, side } of steps) { widened[`${table}:${index}:${side}`] = (widened[`${table}:${index}:${side}`] ?? 0) + 1; widen(tables[table]!, index, side) }
  }
  DBG('end'); if (process.env.CALDBG) console.log(widened)
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

type Placed = Placement & { table: number; level: number }
type FlatGroup = { at: Int32Array; next: Int32Array; t: Float64Array; table: Int32Array; nearest: Int32Array; level: Float64Array }

function flatGroup(group: readonly Placed[]): FlatGroup {
  const n = group.length
  const flat = { at: new Int32Array(n), next: new Int32Array(n), t: new Float64Array(n), table: new Int32Array(n), nearest: new Int32Array(n), level: new Float64Array(n) }
  for (const [i, s] of group.entries()) {
    flat.at[i] = s.at
    flat.next[i] = s.next
    flat.t[i] = s.t
    flat.table[i] = s.table
    flat.nearest[i] = s.nearest
    flat.level[i] = s.level
  }
  return flat
}

// Levels are counted at table * SLOTS + index.
const SLOTS = 64

/** If a range of real horizons is below its target: the level most of its misses were read at. */
function culpritOf(tables: readonly Learning[], g: FlatGroup & { route: Int32Array; routes: number }, fixedTarget: number) {
  const perRoute = new Float64Array(g.routes)
  const sizes = new Float64Array(g.routes)
  const early = new Float64Array(tables.length * SLOTS)
  const late = new Float64Array(tables.length * SLOTS)
  let misses = 0
  for (let i = 0; i < g.level.length; i += 1) {
    const { earliest, latest } = tables[g.table[i]!]!.levels
    const at = g.at[i]!
    const next = g.next[i]!
    const t = g.t[i]!
    const slot = g.table[i]! * SLOTS + g.nearest[i]!
    if (g.level[i]! < earliest[at]! + (earliest[next]! - earliest[at]!) * t) {
      early[slot]! += 1
      misses += 1
      perRoute[g.route[i]!]! += 1
    } else if (g.level[i]! > latest[at]! + (latest[next]! - latest[at]!) * t) {
      late[slot]! += 1
      misses += 1
      perRoute[g.route[i]!]! += 1
    }
  }
  let target = fixedTarget
  if (process.env.Z) {
    for (let i = 0; i < g.level.length; i += 1) sizes[g.route[i]!]! += 1
    const p = misses / g.level.length
    let ss = 0
    for (let r = 0; r < g.routes; r += 1) ss += (perRoute[r]! - p * sizes[r]!) ** 2
    target = Math.max(Number(process.env.TMIN ?? 0.955), 0.95 + Number(process.env.Z) * Math.sqrt(ss) / g.level.length)
  }
  if (misses <= (1 - target) * g.level.length) return null
  const total = (counts: Float64Array) => counts.reduce((sum, n) => sum + n, 0)
  const counts = total(early) > total(late) ? early : late
  const slot = counts.indexOf(Math.max(...counts))
  return { table: Math.floor(slot / SLOTS), index: slot % SLOTS, side: counts === early ? ('early' as const) : ('late' as const) }
}
