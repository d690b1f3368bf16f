import { expect, oneEvent, waitUntil } from '@open-wc/testing'
import type { TrackingView } from '@porchlight/shared'
import '../../../index.ts'
import { changeable, everyChange, newYorkWindows, type MockWindow } from '../../../../test/fixtures/manage.js'
import { manageable, scriptAnswers, setUpManage, writesTo } from '../../../../test/mock-manage.ts'
import {
  alerted,
  chosen,
  openPanel,
  option,
  section,
  trackerOf,
} from '../../../../test/manage-panel.ts'
import { part, parts, readable } from '../../../../test/tracker.ts'

const windowsOnly: TrackingView = {
  ...changeable,
  capabilities: {
    ...everyChange,
    pickupPoint: false,
    safePlace: false,
    instructions: false,
    accessNeeds: false,
  },
}

/** Monday's morning window already booked. */
const bookedMonday: TrackingView = {
  ...windowsOnly,
  preferences: {
    ...windowsOnly.preferences,
    window: { id: 'win_mon_am', start: '2026-11-23T14:00:00Z', end: '2026-11-23T16:00:00Z' },
  },
}

async function windowsOf(view: TrackingView, windows: readonly MockWindow[] = newYorkWindows) {
  const token = await manageable('window', { view, windows })
  const tracker = await trackerOf(token)
  await openPanel(tracker)
  return { token, tracker, options: () => parts(tracker, 'window-option') }
}

const neverFired = (target: EventTarget) => {
  const fired: Event[] = []
  target.addEventListener('porchlight-preferences-change', (event) => fired.push(event))
  return fired
}

describe('<porchlight-tracker> Manage delivery: the window', () => {
  it('lists the windows by day on the address’s clock, full ones marked and not choosable', async () => {
    const { tracker, options } = await windowsOf(windowsOnly)
    const days = section(tracker, 'window')!.querySelectorAll('fieldset fieldset > legend')
    expect([...days].map((day) => readable(day as HTMLElement))).to.deep.equal([
      'Monday 23 November',
      'Tuesday 24 November',
    ])
    expect(options().map(readable)).to.deep.equal([
      '09:00 to 11:00',
      '14:00 to 16:00 Full',
      '09:00 to 11:00',
    ])
    expect(options().map((button) => (button as HTMLButtonElement).disabled)).to.deep.equal([
      false,
      true,
      false,
    ])
  })

  it('books a window: sends its id, shows it at once and in the delivery, and tells the page', async () => {
    const { token, tracker, options } = await windowsOf(windowsOnly)
    await scriptAnswers(token, 'reschedule', [{ status: 200, delayMs: 300 }])
    const change = oneEvent(tracker, 'porchlight-preferences-change')
    options()[2]!.click()
    await tracker.updateComplete
    expect(chosen(tracker, 'window-option'), 'before the server answers').to.deep.equal([
      '09:00 to 11:00 Chosen',
    ])
    expect(options()[2]?.getAttribute('aria-pressed')).to.equal('true')

    expect((await change).detail).to.deep.equal({ kind: 'window' })
    expect(await writesTo(token)).to.deep.equal([
      { method: 'POST', action: 'reschedule', body: { windowId: 'win_tue_am' } },
    ])
    expect(readable(part(tracker, 'window'))).to.match(/^Delivery window Tuesday 24 November, 09:00/)

    const reloaded = await trackerOf(token)
    await openPanel(reloaded)
    expect(parts(reloaded, 'window-option')[2]?.getAttribute('aria-pressed')).to.equal('true')
  })

  it('puts the window back and says so when it has just filled up', async () => {
    const { token, tracker, options } = await windowsOf(windowsOnly)
    await scriptAnswers(token, 'reschedule', [{ status: 409, code: 'window_full' }])
    const fired = neverFired(tracker)
    options()[2]!.click()
    expect(await alerted(tracker)).to.equal('That window has just filled up. Please pick another.')
    expect(chosen(tracker, 'window-option')).to.deep.equal([])
    expect(readable(part(tracker, 'window'))).to.contain('Saturday 21 November')
    expect(fired).to.have.length(0)
  })

  it('keeps the booked window and says so when it is too late to change it', async () => {
    const { token, tracker, options } = await windowsOf(bookedMonday)
    await scriptAnswers(token, 'reschedule', [{ status: 422, code: 'past_cutoff' }])
    options()[2]!.click()
    expect(await alerted(tracker)).to.equal('It’s too late to change the window now.')
    expect(options()[0]?.getAttribute('aria-pressed')).to.equal('true')
    expect(options()[2]?.getAttribute('aria-pressed')).to.equal('false')
    expect(readable(part(tracker, 'window'))).to.contain('Monday 23 November, 09:00')
  })

  it('puts the window back when the connection fails', async () => {
    const { token, tracker, options } = await windowsOf(bookedMonday)
    await scriptAnswers(token, 'reschedule', [{ status: 0, drop: true }])
    options()[2]!.click()
    expect(await alerted(tracker)).to.equal(
      'We couldn’t save your change. Check your connection and try again.',
    )
    expect(chosen(tracker, 'window-option')).to.deep.equal(['09:00 to 11:00 Chosen'])
    expect(options()[0]?.getAttribute('aria-pressed')).to.equal('true')
  })

  it('says so, and hides the section, when the shop has turned rescheduling off meanwhile', async () => {
    // Nothing else can be changed either: the panel stays open to say why, until closed.
    const { token, tracker, options } = await windowsOf(windowsOnly)
    const off = { ...windowsOnly, capabilities: { ...windowsOnly.capabilities, reschedule: false } }
    await setUpManage(token, { view: off, windows: newYorkWindows })
    options()[2]!.click()
    expect(await alerted(tracker)).to.equal('This option isn’t available for your delivery.')
    await waitUntil(() => section(tracker, 'window') === null, 'the section stayed')
    expect(await alerted(tracker)).to.equal('This option isn’t available for your delivery.')
  })

  it('tells apart the two 01:00s of the night the clocks go back in New York', async () => {
    const fallBack: MockWindow[] = [
      { id: 'edt-0000', start: '2026-11-01T04:00:00Z', end: '2026-11-01T05:00:00Z', available: true },
      { id: 'edt-0100', start: '2026-11-01T05:00:00Z', end: '2026-11-01T06:00:00Z', available: true },
      { id: 'est-0100', start: '2026-11-01T06:00:00Z', end: '2026-11-01T07:00:00Z', available: true },
    ]
    const { token, tracker, options } = await windowsOf(windowsOnly, fallBack)
    const zone = (at: string) =>
      new Intl.DateTimeFormat('en-GB', { timeZone: 'America/New_York', timeZoneName: 'short' })
        .formatToParts(new Date(at))
        .find(({ type }) => type === 'timeZoneName')?.value
    const edt = zone('2026-11-01T05:00:00Z')
    const est = zone('2026-11-01T06:00:00Z')
    expect(edt).to.not.equal(est)

    const labels = options().map(readable)
    expect(labels.map((label) => label.slice(0, 5))).to.deep.equal(['00:00', '01:00', '01:00'])
    expect(labels).to.deep.equal([
      `00:00 ${edt} to 01:00 ${edt}`,
      `01:00 ${edt} to 01:00 ${est}`,
      `01:00 ${est} to 02:00 ${est}`,
    ])
    const day = section(tracker, 'window')!.querySelector<HTMLElement>('fieldset fieldset > legend')
    expect(readable(day)).to.equal('Sunday 1 November')

    option(tracker, 'window-option', `01:00 ${est}`).click()
    await waitUntil(async () => (await writesTo(token)).length === 1, 'nothing was sent')
    expect((await writesTo(token))[0]?.body).to.deep.equal({ windowId: 'est-0100' })
  })
})
