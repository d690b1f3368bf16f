import { expect, oneEvent } from '@open-wc/testing'
import type { TrackingView } from '@porchlight/shared'
import '../../../index.ts'
import { changeable, everyChange } from '../../../../test/fixtures/manage.js'
import { manageable, scriptAnswers, writesTo } from '../../../../test/mock-manage.ts'
import { alerted, button, fill, openPanel, trackerOf } from '../../../../test/manage-panel.ts'
import { readable } from '../../../../test/tracker.ts'
import type { PorchlightTracker } from '../porchlight-tracker.ts'

const instructionsOnly: TrackingView = {
  ...changeable,
  capabilities: {
    ...everyChange,
    reschedule: false,
    pickupPoint: false,
    safePlace: false,
    accessNeeds: false,
  },
}

async function panelOf() {
  const token = await manageable('instructions', { view: instructionsOnly })
  const tracker = await trackerOf(token)
  await openPanel(tracker)
  return { token, tracker }
}

const field = (tracker: PorchlightTracker, name: string) =>
  tracker.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!

const counter = (tracker: PorchlightTracker, name: string) =>
  readable(tracker.shadowRoot!.getElementById(field(tracker, name).getAttribute('aria-describedby')!))

describe('<porchlight-tracker> Manage delivery: instructions', () => {
  it('has labelled, limited and counted fields for the instructions and the access code', async () => {
    const { tracker } = await panelOf()
    expect(field(tracker, 'text').tagName).to.equal('TEXTAREA')
    expect(field(tracker, 'text').maxLength).to.equal(500)
    expect(field(tracker, 'accessCode').maxLength).to.equal(32)
    expect(readable(field(tracker, 'text').closest('label'))).to.equal('Instructions for the driver')
    expect(readable(field(tracker, 'accessCode').closest('label'))).to.equal('Access code (optional)')
    expect(counter(tracker, 'text')).to.equal('0 of 500 characters')
    fill(tracker, 'text', 'Ring twice')
    fill(tracker, 'accessCode', '4711')
    await tracker.updateComplete
    expect(counter(tracker, 'text')).to.equal('10 of 500 characters')
    expect(counter(tracker, 'accessCode')).to.equal('4 of 32 characters')
  })

  it('saves instructions with an access code, keeps them across a reload, and clears them', async () => {
    const { token, tracker } = await panelOf()
    fill(tracker, 'text', 'Side gate, then the blue door')
    fill(tracker, 'accessCode', '#4711')
    let change = oneEvent(tracker, 'porchlight-preferences-change')
    button(tracker, 'instructions', 'Save').click()
    expect((await change).detail).to.deep.equal({ kind: 'instructions' })

    const reloaded = await trackerOf(token)
    await openPanel(reloaded)
    expect(field(reloaded, 'text').value).to.equal('Side gate, then the blue door')
    expect(field(reloaded, 'accessCode').value).to.equal('#4711')
    expect(counter(reloaded, 'text')).to.equal('29 of 500 characters')

    change = oneEvent(reloaded, 'porchlight-preferences-change')
    button(reloaded, 'instructions', 'Clear').click()
    await change
    expect(field(reloaded, 'text').value).to.equal('')
    expect(await writesTo(token)).to.deep.equal([
      {
        method: 'PUT',
        action: 'instructions',
        body: { text: 'Side gate, then the blue door', accessCode: '#4711' },
      },
      { method: 'DELETE', action: 'instructions' },
    ])
  })

  it('leaves the access code out when there is none', async () => {
    const { token, tracker } = await panelOf()
    fill(tracker, 'text', 'Leave with the concierge')
    const change = oneEvent(tracker, 'porchlight-preferences-change')
    button(tracker, 'instructions', 'Save').click()
    await change
    expect((await writesTo(token))[0]?.body).to.deep.equal({ text: 'Leave with the concierge' })
  })

  it('names the field the server turned down, and keeps what the shopper typed', async () => {
    const { token, tracker } = await panelOf()
    await scriptAnswers(token, 'instructions', [
      {
        status: 422,
        code: 'validation_failed',
        errors: [{ path: 'accessCode', message: 'must not contain control characters' }],
      },
    ])
    fill(tracker, 'text', 'Ring twice')
    fill(tracker, 'accessCode', '12 34')
    button(tracker, 'instructions', 'Save').click()
    expect(await alerted(tracker)).to.equal(
      'Access code (optional): must not contain control characters',
    )
    expect(field(tracker, 'accessCode').getAttribute('aria-invalid')).to.equal('true')
    expect(field(tracker, 'text').getAttribute('aria-invalid')).to.equal('false')
    expect(field(tracker, 'text').value).to.equal('Ring twice')
    expect(field(tracker, 'accessCode').value).to.equal('12 34')
    expect(readable(tracker.shadowRoot!.querySelector<HTMLElement>('#manage-instructions'))).to.not.contain(
      'Clear',
    )
  })
})
