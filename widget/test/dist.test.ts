import { expect, fixtureSync, html } from '@open-wc/testing'
import type { PorchlightTracker } from '../src/elements/porchlight-tracker/porchlight-tracker.ts'
import { brooklynPickupPoints, changeable, newYorkWindows } from './fixtures/manage.js'
import { openPanel, section, trackerOf } from './manage-panel.ts'
import { manageable } from './mock-manage.ts'
import { part, readable, settled } from './tracker.ts'

// The sources run through esbuild in the other tests; this runs what `GET /widget.js` serves.
// Variables keep TypeScript from resolving the paths: dist/ exists only after a build.
const WIDGET = '/dist/widget.js'

describe('the built dist/widget.js', () => {
  it('defines the element, which loads a delivery from the origin it was served from', async () => {
    await import(WIDGET)
    const tracker = await settled(
      fixtureSync<PorchlightTracker>(
        html`<porchlight-tracker token="in-transit-new-york" locale="en-GB"></porchlight-tracker>`,
      ),
    )
    expect(readable(part(tracker, 'status'))).to.equal('On its way')
    expect(readable(part(tracker, 'window'))).to.match(/Saturday 21 November, 14:00/)
  })

  it('fetches the Manage delivery panel’s chunk, next to it, only when the panel first opens', async () => {
    await import(WIDGET)
    const panelChunks = () =>
      performance
        .getEntriesByType('resource')
        .map(({ name }) => new URL(name).pathname)
        .filter((path) => /^\/dist\/widget-manage-panel-[\w-]+\.js$/.test(path))
    const token = await manageable('lazy', {
      view: changeable,
      windows: newYorkWindows,
      pickupPoints: brooklynPickupPoints,
    })
    const tracker = await trackerOf(token)
    expect(part(tracker, 'manage-button')).to.not.equal(null)
    expect(panelChunks()).to.deep.equal([])

    await openPanel(tracker)
    expect(panelChunks()).to.have.length(1)
    expect(section(tracker, 'window')).to.not.equal(null)
    // The panel's styles came with it: its options are laid out as blocks, not inline.
    expect(getComputedStyle(part(tracker, 'window-option')!).display).to.equal('flex')
  })

  it('can be loaded again from another URL without throwing', async () => {
    const first = customElements.get('porchlight-tracker')
    const secondCopy = `${WIDGET}?v=2`
    await import(secondCopy)
    expect(customElements.get('porchlight-tracker')).to.equal(first)
  })
})
