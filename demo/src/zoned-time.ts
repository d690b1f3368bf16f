const formatters = new Map<string, Intl.DateTimeFormat>()

function wallClockMs(at: number, timeZone: string): number {
  let format = formatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    formatters.set(timeZone, format)
  }
  const p = Object.fromEntries(format.formatToParts(at).map((part) => [part.type, Number(part.value)]))
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!)
}

/**
 * The instant when the wall clock in `timeZone` reads `hour`:00 on the local day `date`
 * (YYYY-MM-DD). Twice-read offset, so days when the clocks change come out right.
 */
export function zonedInstant(date: string, hour: number, timeZone: string): Date {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  const wanted = Date.UTC(y, m - 1, d, hour)
  let at = wanted - (wallClockMs(wanted, timeZone) - wanted)
  at += wanted - wallClockMs(at, timeZone)
  return new Date(at)
}

/** The local calendar day in `timeZone`, `days` after the one `at` falls on. */
export function localDay(at: Date, timeZone: string, days = 0): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(at)
  const [y, m, d] = today.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10)
}
