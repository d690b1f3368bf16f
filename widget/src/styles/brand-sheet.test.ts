import { expect, fixtureSync, html } from '@open-wc/testing'
import type { Branding } from '@porchlight/shared'
import '../index.ts'
import { inTransitNewYork } from '../../test/fixtures/tracking-views.js'
import { freshToken, scriptTrack } from '../../test/mock-api.ts'
import { parts, settled } from '../../test/tracker.ts'
import type { PorchlightTracker } from '../elements/porchlight-tracker/porchlight-tracker.ts'

async function tracker(brand: Branding, scheme: 'light' | 'dark' = 'light', style = '') {
  const token = freshToken('brand')
  const shipment = { ...inTransitNewYork.shipment, retailer: { name: 'Plum & Co', brand } }
  await scriptTrack(token, [{ status: 200, body: { ...inTransitNewYork, shipment } }])
  const page = fixtureSync(html`<div style="color-scheme: ${scheme}">
    <porchlight-tracker token=${token} locale="en-GB" style=${style}></porchlight-tracker>
  </div>`)
  return settled(page.querySelector('porchlight-tracker') as PorchlightTracker)
}

/** The colour of the newest event's marker, drawn in the accent. */
function accent(element: PorchlightTracker): string {
  const [newest] = parts(element, 'timeline-item')
  return getComputedStyle(newest as Element, '::before').backgroundColor
}

describe("the shop's colours from its settings", () => {
  it('colour the tracker in light and in dark', async () => {
    const brand = { accentColor: '#7a1f5c', accentColorDark: '#f0a8d0' }
    expect(accent(await tracker(brand))).to.equal('rgb(122, 31, 92)')
    expect(accent(await tracker(brand, 'dark'))).to.equal('rgb(240, 168, 208)')
  })

  it("give way to Porchlight's own where a scheme has none", async () => {
    const brand = { accentColor: '#7a1f5c', accentColorDark: null }
    expect(accent(await tracker(brand, 'dark'))).to.equal('rgb(124, 183, 245)')
    expect(accent(await tracker({ accentColor: null, accentColorDark: null }))).to.equal(
      'rgb(10, 92, 173)',
    )
  })

  it("give way to the page's own --porchlight-color-accent", async () => {
    const brand = { accentColor: '#7a1f5c', accentColorDark: '#f0a8d0' }
    const element = await tracker(brand, 'light', '--porchlight-color-accent: #005a32')
    expect(accent(element)).to.equal('rgb(0, 90, 50)')
  })

  it('ignore anything that is not a colour, rather than write it into a rule', async () => {
    const brand = { accentColor: 'red;}:host{display:none', accentColorDark: null }
    const element = await tracker(brand)
    expect(accent(element)).to.equal('rgb(10, 92, 173)')
    expect(getComputedStyle(element).display).to.equal('block')
  })
})
