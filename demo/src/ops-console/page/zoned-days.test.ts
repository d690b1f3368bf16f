import { describe, expect, it } from 'vitest'
import { lastDays } from './zoned-days.js'

describe('the last seven days', () => {
  it('runs from a Paris midnight to the next one after now, across the clocks going back', () => {
    expect(lastDays(new Date('2026-10-27T10:00:00Z'), 7, 'Europe/Paris')).toEqual({
      from: '2026-10-20T22:00:00.000Z',
      to: '2026-10-27T23:00:00.000Z',
    })
  })

  it('takes "today" in the zone asked for, not in UTC', () => {
    expect(lastDays(new Date('2026-11-21T23:30:00Z'), 1, 'Europe/Paris')).toEqual({
      from: '2026-11-21T23:00:00.000Z',
      to: '2026-11-22T23:00:00.000Z',
    })
  })
})
