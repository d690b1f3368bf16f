import type { ShopperWindow } from '@porchlight/shared'
import { timeOptions, zoneOptions } from './time-window.ts'

export interface WindowDay {
  /** "Sunday 1 November", at the address. */
  readonly label: string
  readonly windows: ReadonlyArray<{ readonly window: ShopperWindow; readonly label: string }>
}

const DAY_NAME: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' }
const DAY_KEY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric' }

/**
 * `windows` in start order, grouped by the calendar day they start on at the address, each
 * labelled `range(start, end)` with times on the address's clock. On a day the clocks change,
 * every time that day names its zone ("01:00 GMT-4", "01:00 GMT-5"): after a fall-back, two
 * windows can otherwise read the same hours. Start and end are formatted one by one, since
 * `formatRange` collapses 01:00 EDT to 01:00 EST into a single "01:00".
 */
export function windowDays(
  windows: readonly ShopperWindow[],
  locale: string,
  timeZone: string,
  range: (start: string, end: string) => string,
): WindowDay[] {
  const time = timeOptions(locale, timeZone)
  const zone = zoneOptions(timeZone)
  const plain = new Intl.DateTimeFormat(locale, time)
  const zoned = new Intl.DateTimeFormat(locale, { ...time, timeZoneName: 'short' })
  const dayName = new Intl.DateTimeFormat(locale, { ...DAY_NAME, ...zone })
  const dayKey = new Intl.DateTimeFormat('en', { ...DAY_KEY, ...zone })
  const zoneName = (at: Date) =>
    zoned.formatToParts(at).find(({ type }) => type === 'timeZoneName')?.value

  const days = new Map<string, ShopperWindow[]>()
  const sorted = [...windows].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
  for (const window of sorted) {
    const key = dayKey.format(new Date(window.start))
    days.set(key, [...(days.get(key) ?? []), window])
  }
  return [...days.values()].map((day) => {
    const instants = day.flatMap(({ start, end }) => [new Date(start), new Date(end)])
    const clock = new Set(instants.map(zoneName)).size > 1 ? zoned : plain
    return {
      label: dayName.format(instants[0]),
      windows: day.map((window) => ({
        window,
        label: range(clock.format(new Date(window.start)), clock.format(new Date(window.end))),
      })),
    }
  })
}
