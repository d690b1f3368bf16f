import type { OpeningHours, Weekday } from '@porchlight/shared'

const formatters = new Map<string, Intl.DateTimeFormat>()

function clockIn(timeZone: string, at: Date): { day: Weekday; time: string } {
  let format = formatters.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
    formatters.set(timeZone, format)
  }
  const parts = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, p.value]))
  return { day: String(parts.weekday).toLowerCase() as Weekday, time: `${parts.hour}:${parts.minute}` }
}

/** Whether the point is open at `at`, read in its own time zone; `null` when hours are unknown. */
export function isOpenAt(hours: OpeningHours | null, timeZone: string, at: Date): boolean | null {
  if (!hours) return null
  const { day, time } = clockIn(timeZone, at)
  return hours.some((h) => h.day === day && h.opens <= time && time < h.closes)
}
