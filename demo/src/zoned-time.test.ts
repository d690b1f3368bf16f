import { describe, expect, it } from 'vitest'
import { localDay, zonedInstant } from './zoned-time.ts'

describe('wall-clock times in a time zone', () => {
  it('finds the instant a local hour starts, either side of a clock change', () => {
    expect(zonedInstant('2026-10-24', 9, 'Europe/Paris').toISOString()).toBe('2026-10-24T07:00:00.000Z')
    expect(zonedInstant('2026-10-26', 9, 'Europe/Paris').toISOString()).toBe('2026-10-26T08:00:00.000Z')
    expect(zonedInstant('2026-11-01', 14, 'America/New_York').toISOString()).toBe('2026-11-01T19:00:00.000Z')
    expect(zonedInstant('2026-10-31', 14, 'America/New_York').toISOString()).toBe('2026-10-31T18:00:00.000Z')
  })

  it('counts local days, not UTC ones', () => {
    const lateEvening = new Date('2026-11-21T23:30:00Z')
    expect(localDay(lateEvening, 'Europe/Paris')).toBe('2026-11-22')
    expect(localDay(lateEvening, 'America/New_York', 1)).toBe('2026-11-22')
  })
})
