import { describe, expect, it } from 'vitest'
import { coverageTarget } from './coverage-target.ts'

const routes = (count: number, size: number) => Array.from({ length: count }, () => size)

describe('coverageTarget', () => {
  it('asks for more margin when the misses bunch on a few days than when they are spread out', () => {
    const sizes = routes(40, 100)
    // 160 misses in all either way: 3 to 5 on every route, or 40 on each of four bad days.
    const spread = coverageTarget(
      sizes.map((_, r) => (r % 2 ? 3 : 5)),
      sizes,
    )
    const bunched = coverageTarget(
      sizes.map((_, r) => (r < 4 ? 40 : 0)),
      sizes,
    )
    expect(spread).toBeGreaterThan(0.95)
    expect(bunched).toBeGreaterThan(spread + 0.01)
  })

  it('asks for less margin the more routes the history holds', () => {
    const few = coverageTarget([10, 0, 10, 0, 10, 0, 10, 0], routes(8, 100))
    const many = coverageTarget(
      Array.from({ length: 80 }, (_, r) => (r % 2 ? 0 : 10)),
      routes(80, 100),
    )
    expect(many).toBeLessThan(few)
    expect(many).toBeGreaterThan(0.95)
  })

  it('falls back to the 95% promised when there is no spread to measure', () => {
    expect(coverageTarget([], [])).toBe(0.95)
    expect(coverageTarget([3], [100])).toBe(0.95)
  })
})
