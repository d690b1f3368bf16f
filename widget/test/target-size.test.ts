import { expect, fixture, html } from '@open-wc/testing'
import '../src/index.ts'
import { STATES } from './states/index.ts'
import { targetsIn, undersizedTargets } from './targets.ts'

describe('<porchlight-tracker> targets: 24 by 24 px at least, or spaced as WCAG 2.5.8 allows', () => {
  for (const state of STATES.filter(({ nothingToPress }) => !nothingToPress)) {
    it(state.name, async () => {
      const tracker = await state.show('light')
      const root = tracker.shadowRoot!
      expect(targetsIn(root), 'something to press').to.not.be.empty
      expect(undersizedTargets(root), 'as it comes').to.deep.equal([])
      // The tightest spacing a shop may ask for.
      tracker.style.setProperty('--porchlight-density', '0.5')
      expect(undersizedTargets(root), 'at --porchlight-density: 0.5').to.deep.equal([])
    })
  }

  it('the measure flags a small target crowded by another, and passes one spaced out', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <p><button style="all: unset; width: 16px; height: 16px">a</button
        ><button style="all: unset; width: 16px; height: 16px">b</button></p>
      <p style="margin-top: 40px">
        <button style="all: unset; width: 16px; height: 16px">c</button>
      </p>
    </div>`)
    expect(undersizedTargets(page)).to.deep.equal(['a (16×16)', 'b (16×16)'])
  })
})
