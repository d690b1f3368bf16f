import type { Result } from 'lighthouse'

type TaskTiming = { duration: number }
type NodeItem = { node?: { selector?: string } }

const score = (lhr: Result, category: string) => {
  const value = lhr.categories[category]?.score
  return value == null ? null : Math.round(value * 100)
}
const metric = (lhr: Result, audit: string, digits = 0) => {
  const value = lhr.audits[audit]?.numericValue
  return value === undefined ? null : +value.toFixed(digits)
}
const items = <T>(lhr: Result, audit: string) => ((lhr.audits[audit]?.details as { items?: T[] } | undefined)?.items ?? [])
const longest = (tasks: TaskTiming[]) => Math.round(Math.max(0, ...tasks.map((t) => t.duration)))

/** The audits of a category that failed, each with the elements it points at. */
function failedAudits(lhr: Result, category: string) {
  return (lhr.categories[category]?.auditRefs ?? []).flatMap(({ id }) => {
    const audit = lhr.audits[id]
    if (!audit || audit.score === null || audit.score >= 1 || audit.scoreDisplayMode !== 'binary') return []
    return [{ id, elements: items<NodeItem>(lhr, id).flatMap((item) => item.node?.selector ?? []) }]
  })
}

/**
 * What one Lighthouse run says about a page. Two longest-task figures, because on mobile they
 * differ: `longestTaskObservedMs` is the largest top-level main-thread task in the trace as it
 * ran (no CPU slowdown in either run: Lighthouse simulates its throttling after the fact);
 * `longestTaskSimulatedMs` is Lighthouse's estimate under the run's simulated CPU slowdown
 * (4× on mobile, none on desktop), and it only sees tasks of 50 ms and more, so 0 means none.
 */
export function pageFigures(lhr: Result) {
  return {
    performanceScore: score(lhr, 'performance'),
    accessibilityScore: score(lhr, 'accessibility'),
    bestPracticesScore: score(lhr, 'best-practices'),
    firstContentfulPaintMs: metric(lhr, 'first-contentful-paint'),
    largestContentfulPaintMs: metric(lhr, 'largest-contentful-paint'),
    totalBlockingTimeMs: metric(lhr, 'total-blocking-time'),
    cumulativeLayoutShift: metric(lhr, 'cumulative-layout-shift', 3),
    longestTaskObservedMs: longest(items<TaskTiming>(lhr, 'main-thread-tasks')),
    longestTaskSimulatedMs: longest(items<TaskTiming>(lhr, 'long-tasks')),
    shiftedElements: items<NodeItem>(lhr, 'layout-shifts').flatMap((item) => item.node?.selector ?? []),
    failedAccessibilityAudits: failedAudits(lhr, 'accessibility'),
    failedBestPracticesAudits: failedAudits(lhr, 'best-practices'),
    warnings: lhr.runWarnings,
    // Lighthouse's own CPU yardstick: this machine is shared, so read the figures beside it.
    benchmarkIndex: Math.round(lhr.environment.benchmarkIndex),
  }
}

export type PageFigures = ReturnType<typeof pageFigures>
