import { expect } from '@open-wc/testing'
import { backoffDelay } from './backoff.ts'

const timings = { retryBaseMs: 1000, retryMaxMs: 60_000 }

describe('backoffDelay', () => {
  it('doubles with each consecutive failure, never below half its step', () => {
    const low = (attempt: number) => backoffDelay(attempt, timings, () => 0)
    const high = (attempt: number) => backoffDelay(attempt, timings, () => 1)
    expect([0, 1, 2, 3].map(low)).to.deep.equal([500, 1000, 2000, 4000])
    expect([0, 1, 2, 3].map(high)).to.deep.equal([1000, 2000, 4000, 8000])
  })

  it('stops growing at its ceiling, however long the outage', () => {
    expect(backoffDelay(12, timings, () => 1)).to.equal(60_000)
    expect(backoffDelay(5000, timings, () => 1)).to.equal(60_000)
  })

  it('spreads trackers that failed together over the whole second half of the step', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(4, timings)))
    expect(delays.size).to.be.greaterThan(40)
    for (const delay of delays) expect(delay).to.be.within(8000, 16_000)
  })
})
