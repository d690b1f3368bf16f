/**
 * A seeded pseudo-random source: the same seed gives the same sequence on every machine, so a
 * simulated day can be regenerated exactly instead of stored.
 */
export type Random = {
  /** Uniform in [0, 1). */
  next(): number
  between(min: number, max: number): number
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number
  chance(probability: number): boolean
  normal(mean?: number, sd?: number): number
  /** exp(N(ln median, sigma²)): positive and right-skewed, like most durations. */
  logNormal(median: number, sigma: number): number
  exponential(mean: number): number
  pick<T>(items: readonly T[]): T
  /**
   * An independent stream named by `label`. Forking per purpose (city, day, pings) keeps one
   * part of the model from shifting another's numbers when it draws more or fewer values.
   */
  fork(label: string | number): Random
}

/** 32-bit FNV-1a: turns a readable seed ("history/3") into the generator's state. */
function hashSeed(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

export function createRandom(seed: string | number): Random {
  const name = String(seed)
  // mulberry32: tiny, fast, and good enough for a simulation (not for secrets).
  let state = hashSeed(name)
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const normal = (mean = 0, sd = 1) => {
    // Box-Muller; 1 - next() is in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - next()))
    return mean + sd * radius * Math.cos(2 * Math.PI * next())
  }
  return {
    next,
    between: (min, max) => min + (max - min) * next(),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    normal,
    logNormal: (median, sigma) => median * Math.exp(normal(0, sigma)),
    exponential: (mean) => -mean * Math.log(1 - next()),
    pick: (items) => {
      if (items.length === 0) throw new Error('pick from an empty list')
      return items[Math.floor(next() * items.length)]!
    },
    fork: (label) => createRandom(`${name}/${label}`),
  }
}
