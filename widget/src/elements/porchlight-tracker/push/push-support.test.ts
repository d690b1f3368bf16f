import { expect } from '@open-wc/testing'
import { without } from '../../../../test/push-stubs.ts'
import { pushSupport } from './push-support.ts'

const IPHONE_17 =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 ' +
  '(KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1'
const IPHONE_16_3 =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 16_3 like Mac OS X) AppleWebKit/605.1.15 ' +
  '(KHTML, like Gecko) Version/16.3 Mobile/15E148 Safari/604.1'
// An iPad asks for desktop sites as a Mac does; only its touch screen tells it apart.
const IPAD_DESKTOP =
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 ' +
  '(KHTML, like Gecko) Version/17.2 Safari/605.1.15'

/** Runs `test` with these navigator properties, as another device has them. */
function as(properties: Record<string, unknown>, test: () => void): void {
  for (const [name, value] of Object.entries(properties)) {
    Object.defineProperty(navigator, name, { configurable: true, value })
  }
  try {
    test()
  } finally {
    for (const name of Object.keys(properties)) {
      delete (navigator as unknown as Record<string, unknown>)[name]
    }
  }
}

describe('pushSupport', () => {
  it('finds Web Push in this Chromium', () => {
    expect(pushSupport()).to.equal('push')
  })

  it('finds none in a browser without PushManager', async () => {
    await without('PushManager', async () => {
      expect(pushSupport()).to.equal(undefined)
    })
  })

  it('sends an iPhone on iOS 16.4 or later, in the browser, to the Home Screen', () => {
    as({ userAgent: IPHONE_17, standalone: false }, () =>
      expect(pushSupport()).to.equal('home-screen'),
    )
    as({ userAgent: IPAD_DESKTOP, maxTouchPoints: 5, standalone: false }, () =>
      expect(pushSupport()).to.equal('home-screen'),
    )
  })

  it('offers nothing on an iPhone too old for Web Push, even from the Home Screen', async () => {
    as({ userAgent: IPHONE_16_3, standalone: false }, () =>
      expect(pushSupport()).to.equal(undefined),
    )
    await without('PushManager', async () => {
      as({ userAgent: IPHONE_16_3, standalone: true }, () =>
        expect(pushSupport()).to.equal(undefined),
      )
    })
  })

  it('takes a Mac for what it is: not an iPad', () => {
    as({ userAgent: IPAD_DESKTOP, maxTouchPoints: 0 }, () => expect(pushSupport()).to.equal('push'))
  })

  it('offers the button in a home-screen web app on an iPhone', () => {
    as({ userAgent: IPHONE_17, standalone: true }, () => expect(pushSupport()).to.equal('push'))
  })
})
