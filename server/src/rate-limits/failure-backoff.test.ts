import { describe, expect, it } from 'vitest'
import { backoffDelayMs } from './failure-backoff.ts'

describe('failure back-off', () => {
  it('costs nothing for the free failures, then doubles up to the cap', () => {
    const rule = { name: 't', free: 3, firstDelayMs: 1_000, maxDelayMs: 10_000, forgetAfterMs: 60_000 }
    expect([0, 1, 2, 3, 4, 5, 6, 7, 100].map((n) => backoffDelayMs(rule, n))).toEqual([0, 0, 0, 1_000, 2_000, 4_000, 8_000, 10_000, 10_000])
  })
})
