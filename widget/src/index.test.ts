import { expect } from '@open-wc/testing'
import { PorchlightTracker } from './index.ts'

describe('the widget entry', () => {
  it('registers <porchlight-tracker>', () => {
    expect(customElements.get('porchlight-tracker')).to.equal(PorchlightTracker)
  })

  it('can be loaded a second time without throwing', async () => {
    // Another URL makes the browser evaluate the module again, as a second script tag would.
    const again = './index.ts?loaded-twice'
    await import(again)
    expect(customElements.get('porchlight-tracker')).to.equal(PorchlightTracker)
  })
})
