// @ts-check
import { call } from './api.js'
import { layoutBars } from './bar-chart.js'
import { byId, element } from './element.js'
import { dayLabel, percent, stars } from './format.js'
import { poll } from './poll.js'
import { lastDays } from './zoned-days.js'

/** @typedef {import('@porchlight/shared').AnalyticsSummary} AnalyticsSummary */

// The demo retailer works in Paris: its days begin and end there.
const ZONE = 'Europe/Paris'
const SVG = 'http://www.w3.org/2000/svg'
const BOX = { width: 560, height: 180, labelRoom: 20 }

/** The last seven days' figures and deliveries per day, as a chart and as a table. */
export function startAnalytics() {
  poll('analytics', 10_000, async () => {
    // The demo's clock, which may run faster than this browser's.
    /** @type {{ now: string }} */
    const demo = await call('/demo')
    const { from, to } = lastDays(new Date(demo.now), 7, ZONE)
    const query = new URLSearchParams({ from, to, timeZone: ZONE })
    /** @type {AnalyticsSummary} */
    const summary = await call(`/v1/analytics/summary?${query}`)
    showFigures(summary)
    showChart(summary.days.map((day) => ({ label: dayLabel(day.date), value: day.delivered })))
  })
}

/** @param {AnalyticsSummary} s */
function showFigures(s) {
  const figures = [
    ['Shipments', String(s.shipments)],
    ['Delivered', String(s.delivered)],
    ['On time', percent(s.onTimeRate)],
    ['ETA hit rate', percent(s.etaHitRate)],
    ['Average rating', stars(s.averageRating)],
    ['Feedback', String(s.feedbackCount)],
    ['Preference changes', String(s.preferenceChanges)],
    ['Messages', String(s.messages)],
  ]
  byId('figures').replaceChildren(...figures.map(([term = '', value = '']) => element('div', {}, element('dt', {}, term), element('dd', {}, value))))
}

/** @param {Array<{ label: string, value: number }>} series */
function showChart(series) {
  const bars = layoutBars(series, BOX)
  /** @param {string} tag @param {Record<string, string | number>} attributes @param {string} [text] */
  const svg = (tag, attributes, text) => {
    const made = document.createElementNS(SVG, tag)
    for (const [name, value] of Object.entries(attributes)) made.setAttribute(name, String(value))
    if (text !== undefined) made.textContent = text
    return made
  }
  byId('chart').replaceChildren(
    ...bars.flatMap((bar) => [
      svg('rect', { x: bar.x, y: bar.y, width: bar.width, height: bar.height }),
      svg('text', { x: bar.x + bar.width / 2, y: bar.y - 4 }, String(bar.value)),
      svg('text', { x: bar.x + bar.width / 2, y: BOX.height - 4 }, bar.label),
    ]),
  )
  byId('chart-rows').replaceChildren(
    ...series.map((day) => element('tr', {}, element('th', { scope: 'row' }, day.label), element('td', {}, String(day.value)))),
  )
}
