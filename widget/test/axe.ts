// axe.js is a UMD file, not an ES module: imported as one (the runner serves it as it is), it
// runs once and sets `window.axe`, as it would from a script tag.
import 'axe-core'
import type { AxeResults, Result, RunOptions } from 'axe-core'

declare global {
  interface Window {
    axe: { run(context: Element, options: RunOptions): Promise<AxeResults> }
  }
}

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA (axe's 2.2 rules are all AA), and best practices. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

/**
 * Runs axe-core on `element` and what it holds, open shadow roots included (axe walks them
 * itself), and throws a list of what it found, one line per element: rule, impact, where
 * (`shadow host >> element` for an element in a shadow root), and what is wrong.
 */
export async function expectNoAxeViolations(element: Element, state: string): Promise<void> {
  const { violations } = await window.axe.run(element, {
    runOnly: { type: 'tag', values: TAGS },
    resultTypes: ['violations'],
  })
  if (violations.length === 0) return
  throw new Error(`axe found in ${state}:\n${violations.flatMap(lines).join('\n')}`)
}

function lines({ id, impact, help, nodes }: Result): string[] {
  return nodes.map(({ target, failureSummary }) => {
    const where = target.map((selector) => [selector].flat().join(' >> ')).join(' | ')
    const why = (failureSummary ?? help).replace(/\s*\n\s*/g, ' ')
    return `- ${id} (${impact ?? 'no impact given'}) at ${where}: ${why}`
  })
}
