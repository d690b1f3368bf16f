import { describe, expect, it } from 'vitest'
import { layoutBars } from './bar-chart.js'

describe('the deliveries chart', () => {
  const box = { width: 700, height: 200, labelRoom: 20 }

  it('gives the busiest day the full height and the others their share', () => {
    const bars = layoutBars([{ label: 'Mon', value: 10 }, { label: 'Tue', value: 5 }], box)
    expect(bars.map((b) => b.height)).toEqual([160, 80])
    expect(bars[1]!.y + bars[1]!.height).toBe(180)
    expect(bars[1]!.x).toBeGreaterThan(bars[0]!.x + bars[0]!.width)
  })

  it('draws a week without deliveries as flat bars, not as a division by zero', () => {
    const bars = layoutBars([{ label: 'Mon', value: 0 }], box)
    expect(bars[0]).toMatchObject({ height: 0, y: 180 })
  })
})
