import type { TimeWindow } from '@porchlight/shared'

const WINDOW: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long' }
const MOMENT: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short' }
const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'numeric', day: 'numeric' }

/** Formats instants as clocks read at the delivery address, whatever zone the browser is in. */
export interface AddressClock {
  /** "Saturday 21 November, 14:00–16:00"; the date is repeated only when the window spans days. */
  readonly window: (window: TimeWindow) => string
  /** "Sat 21 Nov, 09:12" */
  readonly moment: (at: string) => string
  /** "09:12": for an instant known to be on the day in question. */
  readonly time: (at: string) => string
  /** Whether two instants (ISO strings or epoch ms) fall on one calendar day at the address. */
  readonly sameDay: (a: string | number, b: string | number) => boolean
}

export function addressClock(locale: string, timeZone: string): AddressClock {
  const zone = zoneOptions(timeZone)
  const time = timeOptions(locale, timeZone)
  const windowFormat = new Intl.DateTimeFormat(locale, { ...WINDOW, ...time })
  const momentFormat = new Intl.DateTimeFormat(locale, { ...MOMENT, ...time })
  const timeFormat = new Intl.DateTimeFormat(locale, time)
  const dayFormat = new Intl.DateTimeFormat('en', { ...DAY, ...zone })
  return {
    window: ({ start, end }) => windowFormat.formatRange(new Date(start), new Date(end)),
    moment: (at) => momentFormat.format(new Date(at)),
    time: (at) => timeFormat.format(new Date(at)),
    sameDay: (a, b) => dayFormat.format(new Date(a)) === dayFormat.format(new Date(b)),
  }
}

/** Intl options that read the clock at `timeZone`. */
export function zoneOptions(timeZone: string): Intl.DateTimeFormatOptions {
  // An older browser may not know a newly added IANA zone and Intl would throw. Then show the
  // browser's own time with its zone named, so the hours are never silently wrong.
  return isKnownTimeZone(timeZone) ? { timeZone } : { timeZoneName: 'short' }
}

/** Intl options for "09:12" on the clock at `timeZone`, as `locale` writes times. */
export function timeOptions(locale: string, timeZone: string): Intl.DateTimeFormatOptions {
  return { hour: hourStyle(locale), minute: '2-digit', ...zoneOptions(timeZone) }
}

// Intl pads hours only when asked, which gives "9:30" where 24-hour clocks read "09:30";
// 12-hour locales keep "9:30 AM".
function hourStyle(locale: string): '2-digit' | 'numeric' {
  const { hourCycle } = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions()
  return hourCycle === 'h23' || hourCycle === 'h24' ? '2-digit' : 'numeric'
}

function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat(undefined, { timeZone })
    return true
  } catch {
    return false
  }
}
