// Speed as a share of free flow, by local time of day: two rush hours and a slower lunchtime,
// shaped like the weekday congestion curves that city traffic indices publish for Paris.
const PROFILE: Array<[minuteOfDay: number, speedShare: number]> = [
  [0, 1],
  [6 * 60, 0.95],
  [7 * 60, 0.75],
  [8 * 60, 0.6],
  [9 * 60 + 30, 0.7],
  [10 * 60 + 30, 0.85],
  [12 * 60, 0.78],
  [14 * 60, 0.85],
  [16 * 60, 0.75],
  [17 * 60 + 30, 0.6],
  [19 * 60, 0.75],
  [21 * 60, 0.95],
  [24 * 60, 1],
]

/** The share of free-flow speed at a local minute of the day (0 to 1440). */
export function trafficSpeedShare(localMinute: number): number {
  const minute = ((localMinute % 1440) + 1440) % 1440
  for (let i = 1; i < PROFILE.length; i += 1) {
    const [m1, s1] = PROFILE[i]!
    if (minute <= m1) {
      const [m0, s0] = PROFILE[i - 1]!
      return s0 + ((s1 - s0) * (minute - m0)) / (m1 - m0)
    }
  }
  return 1
}
