import { expect, oneEvent, waitUntil } from '@open-wc/testing'
import type { TrackingView } from '@porchlight/shared'
import '../../../index.ts'
import { changeable, everyChange } from '../../../../test/fixtures/manage.js'
import { manageable, writesTo } from '../../../../test/mock-manage.ts'
import {
  button,
  fill,
  openPanel,
  section,
  tick,
  trackerOf,
} from '../../../../test/manage-panel.ts'
import { readable } from '../../../../test/tracker.ts'
import type { PorchlightTracker } from '../porchlight-tracker.ts'

const atTheDoor: TrackingView = {
  ...changeable,
  capabilities: { ...everyChange, reschedule: false, pickupPoint: false, instructions: false },
}

async function panelOf(view: TrackingView = atTheDoor) {
  const token = await manageable('door', { view })
  const tracker = await trackerOf(token)
  await openPanel(tracker)
  return { token, tracker }
}

const ticked = (tracker: PorchlightTracker, name: string) =>
  [...tracker.shadowRoot!.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`)]
    .filter((input) => input.checked)
    .map((input) => input.value)

const note = (tracker: PorchlightTracker) =>
  tracker.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea[name="note"]')!

const HEADINGS: Readonly<Record<string, string>> = {
  safePlace: 'Safe place',
  accessNeeds: 'At the door',
  instructions: 'Delivery instructions',
}

/** Saves a section's form and waits for the server's yes, which a screen reader hears. */
async function saved(tracker: PorchlightTracker, id: string, kind: string) {
  const change = oneEvent(tracker, 'porchlight-preferences-change')
  button(tracker, id, 'Save').click()
  expect((await change).detail).to.deep.equal({ kind })
  await tracker.updateComplete
  const status = tracker.shadowRoot!.querySelector('[part~="manage-panel"] [role="status"]')
  expect(readable(status as HTMLElement)).to.equal(`${HEADINGS[kind]}: saved`)
}

describe('<porchlight-tracker> Manage delivery: at the door', () => {
  it('offers the seven safe places as radio buttons in a group, and a counted note', async () => {
    const { tracker } = await panelOf()
    const group = section(tracker, 'safe-place')!.querySelector('fieldset')!
    expect(readable(group.querySelector('legend'))).to.equal('Safe place')
    expect(group.querySelectorAll('label > input[type="radio"]')).to.have.length(7)
    fill(tracker, 'note', 'Behind the bench')
    await tracker.updateComplete
    const counter = tracker.shadowRoot!.getElementById(note(tracker).getAttribute('aria-describedby')!)
    expect(readable(counter)).to.equal('16 of 200 characters')
    expect(note(tracker).maxLength).to.equal(200)
  })

  it('saves a safe place with its note, keeps it across a reload, and clears it', async () => {
    const { token, tracker } = await panelOf()
    tick(tracker, 'porch')
    fill(tracker, 'note', '  Behind the bench ')
    await saved(tracker, 'safe-place', 'safePlace')

    const reloaded = await trackerOf(token)
    await openPanel(reloaded)
    expect(ticked(reloaded, 'place')).to.deep.equal(['porch'])
    expect(note(reloaded).value).to.equal('Behind the bench')

    const change = oneEvent(reloaded, 'porchlight-preferences-change')
    button(reloaded, 'safe-place', 'Clear').click()
    expect((await change).detail).to.deep.equal({ kind: 'safePlace' })
    expect(ticked(reloaded, 'place')).to.deep.equal([])
    expect(note(reloaded).value).to.equal('')
    expect(await writesTo(token)).to.deep.equal([
      { method: 'PUT', action: 'safe-place', body: { place: 'porch', note: 'Behind the bench' } },
      { method: 'DELETE', action: 'safe-place' },
    ])
  })

  it('saves access needs as checkboxes, and keeps them across a reload', async () => {
    const { token, tracker } = await panelOf()
    const group = section(tracker, 'access-needs')!.querySelector('fieldset')!
    expect(readable(group.querySelector('legend'))).to.equal('At the door')
    expect(readable(group)).to.contain('I need extra time to reach the door')
    tick(tracker, 'call_on_arrival')
    tick(tracker, 'extra_time')
    await saved(tracker, 'access-needs', 'accessNeeds')
    expect(await writesTo(token)).to.deep.equal([
      { method: 'PUT', action: 'access-needs', body: { needs: ['extra_time', 'call_on_arrival'] } },
    ])

    const reloaded = await trackerOf(token)
    await openPanel(reloaded)
    expect(ticked(reloaded, 'needs')).to.deep.equal(['extra_time', 'call_on_arrival'])
  })

  it('lets “hand it to me only” and a safe place rule each other out, as the server does', async () => {
    const withPorch: TrackingView = {
      ...atTheDoor,
      preferences: { ...atTheDoor.preferences, safePlace: { place: 'porch' } },
    }
    const { tracker } = await panelOf(withPorch)
    expect(ticked(tracker, 'place')).to.deep.equal(['porch'])

    tick(tracker, 'hand_to_me_only')
    await saved(tracker, 'access-needs', 'accessNeeds')
    expect(ticked(tracker, 'place')).to.deep.equal([])
    expect(readable(section(tracker, 'safe-place'))).to.not.contain('Clear')

    tick(tracker, 'front_door')
    await saved(tracker, 'safe-place', 'safePlace')
    await waitUntil(() => ticked(tracker, 'needs').length === 0, 'still hand it to me only')
    expect(ticked(tracker, 'place')).to.deep.equal(['front_door'])
  })
})
