import { writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
import { fileURLToPath } from 'node:url'
import { startDemo } from '@porchlight/demo/start-demo'
import { auditPage } from './audit-page.ts'
import { type PageFigures, pageFigures } from './page-figures.ts'

// `pnpm bench:lighthouse`: Lighthouse on the demo storefront, as a shopper opens it: prints a
// table and writes bench/results-lighthouse.json. Numbers, never assertions. Uses the built
// widget (`pnpm bench` builds it first).
const RESULTS = fileURLToPath(new URL('../../results-lighthouse.json', import.meta.url))

// The van moving, as in `pnpm start`: the page under test receives live updates while it loads.
const demo = await startDemo({ host: '127.0.0.1', apiPort: 0, storefrontPort: 0, speed: 10 })
// The order the demo opens on (a parcel on the van) and a delivered one: the tracker then shows
// more (the feedback form), which is where a late part could move the page.
const pages = { live: demo.shipments[0], delivered: demo.shipments.find((s) => s.label.startsWith('Delivered')) }
const figures: Record<string, { orderRef: string; mobile: PageFigures; desktop: PageFigures }> = {}
try {
  for (const [page, shipment] of Object.entries(pages)) {
    if (!shipment) throw new Error(`the demo has no ${page} order`)
    const url = `${demo.storefrontUrl}/?order=${shipment.orderRef}`
    const mobile = pageFigures(await auditPage(url, 'mobile'))
    figures[page] = { orderRef: shipment.orderRef, mobile, desktop: pageFigures(await auditPage(url, 'desktop')) }
  }
} finally {
  await demo.close()
}

writeFileSync(
  RESULTS,
  `${JSON.stringify({ measuredAt: new Date().toISOString(), machine: { cpus: cpus().length, node: process.version }, pages: figures }, null, 2)}\n`,
)

const runs = Object.entries(figures).flatMap(([page, f]) => [[`${page}, mobile`, f.mobile] as const, [`${page}, desktop`, f.desktop] as const])
const row = (pick: (f: PageFigures) => number | null) => Object.fromEntries(runs.map(([run, f]) => [run, pick(f)]))
console.table({
  'performance score': row((f) => f.performanceScore),
  'accessibility score': row((f) => f.accessibilityScore),
  'best-practices score': row((f) => f.bestPracticesScore),
  'FCP (ms)': row((f) => f.firstContentfulPaintMs),
  'LCP (ms)': row((f) => f.largestContentfulPaintMs),
  'TBT (ms)': row((f) => f.totalBlockingTimeMs),
  CLS: row((f) => f.cumulativeLayoutShift),
  'longest task as run, no CPU slowdown (ms)': row((f) => f.longestTaskObservedMs),
  'longest task ≥ 50 ms, simulated CPU (ms)': row((f) => f.longestTaskSimulatedMs),
  'Lighthouse CPU benchmark index': row((f) => f.benchmarkIndex),
})
// The widget's budget: no task over 50 ms on load, judged on the desktop runs (no slowdown).
for (const [run, f] of runs) {
  if (run.endsWith('desktop')) console.log(`${run}: longest main-thread task on load ${f.longestTaskObservedMs} ms (budget 50 ms)`)
  for (const { id, elements } of [...f.failedAccessibilityAudits, ...f.failedBestPracticesAudits]) {
    console.log(`${run}: failed ${id}${elements.length ? ` at ${elements.join(', ')}` : ''}`)
  }
  if (f.shiftedElements.length) console.log(`${run}: layout shifted ${f.shiftedElements.join(', ')}`)
  for (const warning of f.warnings) console.log(`${run}: Lighthouse warning: ${warning}`)
}
console.log(`written to ${RESULTS}`)
