import { expect, oneEvent } from '@open-wc/testing'
import type { TrackingView } from '@porchlight/shared'
import '../../../index.ts'
import { brooklynPickupPoints, changeable, everyChange } from '../../../../test/fixtures/manage.js'
import { manageable, scriptAnswers, writesTo } from '../../../../test/mock-manage.ts'
import { alerted, button, chosen, openPanel, trackerOf } from '../../../../test/manage-panel.ts'
import { part, parts, readable } from '../../../../test/tracker.ts'

const pickupOnly: TrackingView = {
  ...changeable,
  capabilities: {
    ...everyChange,
    reschedule: false,
    safePlace: false,
    instructions: false,
    accessNeeds: false,
  },
}

async function pickupOf(view: TrackingView = pickupOnly) {
  const token = await manageable('pickup', { view, pickupPoints: brooklynPickupPoints })
  const tracker = await trackerOf(token)
  await openPanel(tracker)
  return { token, tracker, options: () => parts(tracker, 'pickup-option') }
}

const deliveringTo = (tracker: HTMLElement & { shadowRoot: ShadowRoot | null }) =>
  readable(tracker.shadowRoot!.querySelector<HTMLElement>('[part~="window"] > div:last-child'))

describe('<porchlight-tracker> Manage delivery: pickup points', () => {
  it('lists the nearest pickup points with kind, distance, opening and room left', async () => {
    const { options } = await pickupOf()
    expect(options().map(readable)).to.deep.equal([
      'Kent Ave Locker Parcel locker · 450 m · Open now 140 Kent Avenue, 11249 Brooklyn',
      'Corner Deli Shop · 800 m · Closed now 2 Wythe Avenue, 11249 Brooklyn Full',
      'Bedford <b>News</b> Shop · 1.2 km 300 Bedford Avenue, 11211 Brooklyn',
    ])
    expect(options().map((option) => (option as HTMLButtonElement).disabled)).to.deep.equal([
      false,
      true,
      false,
    ])
  })

  it('sends a parcel to a pickup point and back home, each kept across a reload', async () => {
    const { token, tracker, options } = await pickupOf()
    expect(deliveringTo(tracker)).to.equal('Delivering to 129 Kent Avenue 11249 Brooklyn')
    let change = oneEvent(tracker, 'porchlight-preferences-change')
    options()[0]!.click()
    expect((await change).detail).to.deep.equal({ kind: 'pickupPoint' })
    expect(chosen(tracker, 'pickup-option')).to.have.length(1)
    expect(readable(options()[0])).to.match(/Chosen$/)
    expect(deliveringTo(tracker)).to.equal(
      'Collect from Kent Ave Locker 140 Kent Avenue 11249 Brooklyn',
    )

    const reloaded = await trackerOf(token)
    expect(deliveringTo(reloaded)).to.match(/^Collect from Kent Ave Locker/)
    await openPanel(reloaded)
    expect(parts(reloaded, 'pickup-option')[0]?.getAttribute('aria-pressed')).to.equal('true')

    change = oneEvent(reloaded, 'porchlight-preferences-change')
    button(reloaded, 'pickup', 'Deliver to my address instead').click()
    expect((await change).detail).to.deep.equal({ kind: 'pickupPoint' })
    expect(chosen(reloaded, 'pickup-option')).to.deep.equal([])
    expect(deliveringTo(reloaded)).to.equal('Delivering to 129 Kent Avenue 11249 Brooklyn')
    expect(await writesTo(token)).to.deep.equal([
      { method: 'PUT', action: 'pickup-point', body: { pickupPointId: 'pp_locker' } },
      { method: 'DELETE', action: 'pickup-point' },
    ])
    expect(deliveringTo(await trackerOf(token))).to.match(/^Delivering to 129 Kent Avenue/)
  })

  it('puts the choice back and says so when the pickup point has just filled up', async () => {
    const { token, tracker, options } = await pickupOf()
    await scriptAnswers(token, 'pickup-point', [{ status: 409, code: 'pickup_point_full' }])
    options()[2]!.click()
    expect(await alerted(tracker)).to.equal(
      'That pickup point has just filled up. Please pick another.',
    )
    expect(chosen(tracker, 'pickup-option')).to.deep.equal([])
    expect(deliveringTo(tracker)).to.match(/^Delivering to 129 Kent Avenue/)
    expect(part(tracker, 'manage-panel')?.textContent).to.not.contain('Deliver to my address')
  })
})
