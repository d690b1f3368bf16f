import { describe, expect, it } from 'vitest'
import { createStreamLimiter } from './stream-limiter.ts'

describe('open stream caps', () => {
  it('refuses a stream past the cap of its delivery or of its client, and frees the place when one ends', () => {
    const limiter = createStreamLimiter({ perLink: 2, perClient: 3 })
    const a1 = limiter.open('shp_a', 'client-1')
    expect(a1).toBeDefined()
    expect(limiter.open('shp_a', 'client-2')).toBeDefined()
    expect(limiter.open('shp_a', 'client-3')).toBeUndefined()
    expect(limiter.open('shp_b', 'client-1')).toBeDefined()
    expect(limiter.open('shp_c', 'client-1')).toBeDefined()
    expect(limiter.open('shp_d', 'client-1')).toBeUndefined()
    a1!()
    a1!()
    expect(limiter.open('shp_a', 'client-3')).toBeDefined()
    expect(limiter.open('shp_a', 'client-4')).toBeUndefined()
    expect(limiter.open('shp_d', 'client-1')).toBeDefined()
    expect(limiter.open('shp_e', 'client-1')).toBeUndefined()
  })
})
