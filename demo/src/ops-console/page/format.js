// @ts-check
// The page's language; times are always shown in the delivery address's zone, not the browser's.
const LOCALE = 'en-GB'

/** @type {Map<string, Intl.DateTimeFormat>} */
const formats = new Map()

/** @param {string} timeZone */
const dateTime = (timeZone) => {
  let format = formats.get(timeZone)
  if (!format) {
    const options = { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZoneName: 'short' }
    format = new Intl.DateTimeFormat(LOCALE, /** @type {Intl.DateTimeFormatOptions} */ (options))
    formats.set(timeZone, format)
  }
  return format
}

/**
 * A window as the address's clock shows it: `Sat 21 Nov, 14:00–16:00 CET`.
 * @param {{ start: string, end: string } | null | undefined} window
 * @param {string} timeZone
 */
export const formatWindow = (window, timeZone) =>
  window ? dateTime(timeZone).formatRange(new Date(window.start), new Date(window.end)) : '—'

/**
 * @param {string} at an instant
 * @param {string} timeZone
 */
export const formatTime = (at, timeZone) => dateTime(timeZone).format(new Date(at))

/** @param {string} status e.g. `out_for_delivery` */
export const statusLabel = (status) => {
  const words = status.replaceAll('_', ' ')
  return words.charAt(0).toUpperCase() + words.slice(1)
}

/** @param {number | null} rate a share between 0 and 1, null when nothing was measured */
export const percent = (rate) => (rate === null ? '—' : `${Math.round(rate * 100)}%`)

/** @param {number | null} average */
export const stars = (average) => (average === null ? '—' : `${average.toFixed(1)} / 5`)

/** @param {string} date `YYYY-MM-DD`, a calendar day with no zone of its own */
export const dayLabel = (date) =>
  new Intl.DateTimeFormat(LOCALE, { timeZone: 'UTC', weekday: 'short', day: 'numeric' }).format(new Date(`${date}T12:00:00Z`))
