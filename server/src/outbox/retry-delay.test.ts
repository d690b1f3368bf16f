import { describe, expect, it } from 'vitest'
import { parseRetryAfter, retryDelayMs } from './retry-delay.ts'

const schedule = { baseMs: 1_000, maxMs: 60_000 }

describe('webhook retry delays', () => {
  it('doubles the ceiling each attempt up to the maximum, jittered below it', () => {
    expect([1, 2, 3, 4, 10].map((n) => retryDelayMs(n, schedule, () => 1))).toEqual([1_000, 2_000, 4_000, 8_000, 60_000])
    expect(retryDelayMs(4, schedule, () => 0.25)).toBe(2_000)
    // Never hammered: at least half the base, whatever the dice say.
    expect(retryDelayMs(4, schedule, () => 0)).toBe(500)
  })

  it("waits as long as the receiver's Retry-After asks, beyond the usual maximum, up to a day", () => {
    expect(retryDelayMs(1, schedule, () => 1, 600_000)).toBe(600_000)
    expect(retryDelayMs(1, schedule, () => 1, 7 * 86_400_000)).toBe(86_400_000)
  })

  it('reads Retry-After as seconds or as an HTTP date', () => {
    const now = new Date('2026-11-21T09:00:00Z')
    expect(parseRetryAfter('120', now)).toBe(120_000)
    expect(parseRetryAfter('Sat, 21 Nov 2026 09:05:00 GMT', now)).toBe(300_000)
    expect(parseRetryAfter('soon', now)).toBeUndefined()
    expect(parseRetryAfter(null, now)).toBeUndefined()
  })
})
