import '../src/index.ts'
import { expectNoAxeViolations } from './axe.ts'
import { STATES, type Scheme } from './states/index.ts'

// Light and dark: the default colours are `light-dark()` pairs, and each pair must keep its
// contrast on the page's canvas of that scheme.
const SCHEMES: readonly Scheme[] = ['light', 'dark']

describe('<porchlight-tracker> accessibility: axe-core finds nothing (WCAG 2.2 A and AA)', () => {
  for (const scheme of SCHEMES) {
    for (const state of STATES) {
      it(`${state.name}, ${scheme}`, async () => {
        const tracker = await state.show(scheme)
        await expectNoAxeViolations(tracker, `${state.name} (${scheme})`)
      })
    }
  }
})
