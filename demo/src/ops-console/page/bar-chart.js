// @ts-check
/**
 * Where each bar goes in a chart `width` × `height` with room for a label row under the bars
 * and one above them; the tallest bar fills the space, and all-zero days give flat bars.
 * @param {Array<{ label: string, value: number }>} series
 * @param {{ width: number, height: number, labelRoom: number }} box
 * @returns {Array<{ label: string, value: number, x: number, y: number, width: number, height: number }>}
 */
export function layoutBars(series, box) {
  const slot = box.width / Math.max(series.length, 1)
  const room = box.height - 2 * box.labelRoom
  const tallest = Math.max(1, ...series.map((s) => s.value))
  return series.map((s, i) => {
    const height = (s.value / tallest) * room
    return { ...s, x: i * slot + slot * 0.15, width: slot * 0.7, height, y: box.labelRoom + room - height }
  })
}
