// @ts-check
/**
 * What the wall clock in `timeZone` reads at `at`, as if that reading were UTC.
 * @param {number} at
 * @param {string} timeZone
 */
function wallClock(at, timeZone) {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric',
  })
  const part = Object.fromEntries(format.formatToParts(at).map((p) => [p.type, Number(p.value)]))
  return Date.UTC(part.year ?? 0, (part.month ?? 1) - 1, part.day ?? 1, part.hour, part.minute, part.second)
}

/**
 * The instant a local day starts. The offset is read twice, so days when the clocks change
 * (23 or 25 hours long) come out right.
 * @param {number} y @param {number} m 1–12 @param {number} d
 * @param {string} timeZone
 */
function midnight(y, m, d, timeZone) {
  const wanted = Date.UTC(y, m - 1, d)
  let at = wanted - (wallClock(wanted, timeZone) - wanted)
  at += wanted - wallClock(at, timeZone)
  return new Date(at)
}

/**
 * The last `count` whole local days in `timeZone`, today included: `{ from, to }` as the
 * analytics API takes them, from the first midnight to the next one after `now`.
 * @param {Date} now
 * @param {number} count
 * @param {string} timeZone
 */
export function lastDays(now, count, timeZone) {
  const today = new Date(wallClock(now.getTime(), timeZone))
  const [y, m, d] = [today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate()]
  return { from: midnight(y, m, d - count + 1, timeZone).toISOString(), to: midnight(y, m, d + 1, timeZone).toISOString() }
}
