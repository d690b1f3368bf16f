import { describe, expect, it } from 'vitest'
import { dayLabel, formatWindow, percent, stars, statusLabel } from './format.js'

describe('what the ops console shows', () => {
  it("shows a window on the delivery address's clock, whatever the browser's zone", () => {
    const window = { start: '2026-11-21T13:00:00Z', end: '2026-11-21T15:00:00Z' }
    expect(formatWindow(window, 'Europe/Paris')).toMatch(/^Sat 21 Nov, 14:00\s?–\s?16:00 CET$/)
    expect(formatWindow(window, 'America/New_York')).toMatch(/08:00\s?–\s?10:00 GMT-5$/)
    expect(formatWindow(null, 'Europe/Paris')).toBe('—')
  })

  it('reads figures the way an operator says them', () => {
    expect(statusLabel('out_for_delivery')).toBe('Out for delivery')
    expect(percent(0.956)).toBe('96%')
    expect(percent(null)).toBe('—')
    expect(stars(4.25)).toBe('4.3 / 5')
    expect(dayLabel('2026-11-16')).toBe('Mon 16')
  })
})
