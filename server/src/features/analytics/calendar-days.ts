const dayFormats = new Map<string, Intl.DateTimeFormat>()

/** The calendar day `at` falls on in `timeZone`, as YYYY-MM-DD. */
export function dayIn(at: Date, timeZone: string): string {
  let format = dayFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone })
    dayFormats.set(timeZone, format)
  }
  return format.format(at)
}

/** Every calendar day in `timeZone` that [from, to) touches, in order. */
export function daysBetween(from: Date, to: Date, timeZone: string): string[] {
  const last = dayIn(new Date(to.getTime() - 1), timeZone)
  const [y, m, d] = dayIn(from, timeZone).split('-').map(Number) as [number, number, number]
  const days: string[] = []
  for (let i = 0; ; i++) {
    const day = new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10)
    days.push(day)
    if (day >= last) return days
  }
}
