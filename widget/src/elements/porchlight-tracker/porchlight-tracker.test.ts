import { expect, fixtureSync, html } from '@open-wc/testing'
import type { TrackingView } from '@porchlight/shared'
import '../../index.ts'
import {
  liveEta,
  outForDeliveryLondon,
} from '../../../test/fixtures/tracking-views.js'
import { freshToken, scriptTrack } from '../../../test/mock-api.ts'
import { part, parts, readable, settled, shown } from '../../../test/tracker.ts'
import type { PorchlightTracker } from './porchlight-tracker.ts'

const track = (token: string, locale = 'en-GB') =>
  settled(
    fixtureSync<PorchlightTracker>(
      html`<porchlight-tracker token=${token} locale=${locale}></porchlight-tracker>`,
    ),
  )

describe('<porchlight-tracker> showing a delivery', () => {
  it('shows the status, the retailer and the delivery address', async () => {
    const tracker = await track('in-transit-new-york')
    expect(readable(part(tracker, 'status'))).to.equal('On its way')
    expect(shown(tracker)).to.contain('Your order from Hudson & Pine')
    expect(readable(part(tracker, 'window'))).to.contain(
      'Delivering to 129 Kent Avenue 11249 Brooklyn',
    )
  })

  it('shows the promised window in the address’s time zone, whatever the browser’s', async () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).to.equal('Asia/Tokyo')
    const tracker = await track('in-transit-new-york')
    // 19:00–21:00 UTC; 04:00–06:00 on Sunday in Tokyo; 14:00–16:00 in New York.
    expect(readable(part(tracker, 'window'))).to.match(
      /Delivery window Saturday 21 November, 14:00 ?– ?16:00/,
    )
  })

  it('lists the history newest first, in the address’s local time, with notes', async () => {
    const tracker = await track('in-transit-new-york')
    expect(parts(tracker, 'timeline-item').map(readable)).to.deep.equal([
      'In transit Thu 19 Nov, 22:15 Left the Newark hub',
      'Label created Thu 19 Nov, 09:30',
    ])
  })

  it('shows the arrival window on the address’s clock and how many stops away the driver is', async () => {
    const token = freshToken('arriving')
    const eta = liveEta({ inMinutes: 30, stopsAway: 3 })
    // Kolkata is UTC+05:30 all year: its clock can be worked out here without Intl.
    const view = {
      ...outForDeliveryLondon,
      shipment: { ...outForDeliveryLondon.shipment, timeZone: 'Asia/Kolkata' },
      eta,
    }
    await scriptTrack(token, [{ status: 200, body: view }])
    const tracker = await track(token)
    const inKolkata = (at: string) => new Date(Date.parse(at) + 330 * 60_000).toISOString().slice(11, 16)
    expect(readable(part(tracker, 'status'))).to.equal('Out for delivery')
    expect(readable(part(tracker, 'eta'))).to.match(
      new RegExp(`^Arriving .*${inKolkata(eta.start)} to ${inKolkata(eta.end)} · 3 stops away$`),
    )
  })

  it('puts the status in a polite live region, so changes are announced', async () => {
    const tracker = await track('in-transit-new-york')
    expect(part(tracker, 'status')?.getAttribute('aria-live')).to.equal('polite')
  })

  it('renders text from the server as text, never as markup', async () => {
    const token = freshToken('markup')
    const hostile: TrackingView = {
      ...outForDeliveryLondon,
      shipment: { ...outForDeliveryLondon.shipment, retailer: { ...outForDeliveryLondon.shipment.retailer, name: '<b>Shop</b>' } },
      timeline: [
        {
          id: 'x',
          type: 'delivered',
          at: '2026-11-21T10:00:00Z',
          note: '<img src=x onerror=alert(1)>',
        },
      ],
    }
    await scriptTrack(token, [{ status: 200, body: hostile }])
    const tracker = await track(token)
    expect(tracker.shadowRoot?.querySelector('b, img')).to.equal(null)
    expect(shown(tracker)).to.contain('Your order from <b>Shop</b>')
    expect(shown(tracker)).to.contain('<img src=x onerror=alert(1)>')
  })
})

describe('<porchlight-tracker> language', () => {
  it('follows the nearest lang on the page when it has no locale', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div lang="en-US">
      <porchlight-tracker token="in-transit-new-york"></porchlight-tracker>
    </div>`)
    const tracker = await settled(wrapper.querySelector('porchlight-tracker')!)
    expect(readable(part(tracker, 'window'))).to.contain('Saturday, November 21, 2:00 – 4:00 PM')
  })

  it('prefers its locale attribute to the page’s lang', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div lang="en-US">
      <porchlight-tracker token="in-transit-new-york" locale="en-GB"></porchlight-tracker>
    </div>`)
    const tracker = await settled(wrapper.querySelector('porchlight-tracker')!)
    expect(readable(part(tracker, 'window'))).to.match(/Saturday 21 November, 14:00/)
  })
})

describe('<porchlight-tracker> theming', () => {
  it('takes its accent from --porchlight-color-accent', async () => {
    const tracker = await settled(
      fixtureSync<PorchlightTracker>(html`<porchlight-tracker
        token="server-error"
        style="--porchlight-color-accent: rgb(1, 2, 3)"
      ></porchlight-tracker>`),
    )
    expect(getComputedStyle(part(tracker, 'button')!).backgroundColor).to.equal('rgb(1, 2, 3)')
  })

  it('does not inherit the page’s text styles', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(html`<div
      style="color: rgb(255, 0, 0); font-family: serif; text-transform: uppercase"
    >
      <porchlight-tracker token="in-transit-new-york" locale="en-GB"></porchlight-tracker>
    </div>`)
    const tracker = await settled(wrapper.querySelector('porchlight-tracker')!)
    const status = getComputedStyle(part(tracker, 'status')!)
    expect(status.color).to.not.equal('rgb(255, 0, 0)')
    expect(status.fontFamily).to.not.equal('serif')
    expect(status.textTransform).to.equal('none')
  })
})
