import { expect } from '@open-wc/testing'
import { trackingUrl } from './fetch-tracking-view.ts'
import { liveStreamUrl } from './live-stream-url.ts'

describe('liveStreamUrl', () => {
  it('asks for the events after the view’s last one', () => {
    const view = trackingUrl('https://api.example/porchlight/', 'tok/en')
    expect(liveStreamUrl(view, '42')).to.equal(
      'https://api.example/porchlight/v1/track/tok%2Fen/stream?after=42',
    )
  })

  it('leaves `after` out when there is nothing to resume from', () => {
    expect(liveStreamUrl('https://api.example/v1/track/t', '')).to.equal(
      'https://api.example/v1/track/t/stream',
    )
  })
})
