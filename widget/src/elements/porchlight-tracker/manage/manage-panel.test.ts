import { expect, waitUntil } from '@open-wc/testing'
import type { Capabilities, TrackingView } from '@porchlight/shared'
import '../../../index.ts'
import {
  brooklynPickupPoints,
  changeable,
  everyChange,
  newYorkWindows,
} from '../../../../test/fixtures/manage.js'
import { press } from '../../../../test/keyboard.ts'
import { sendEvent, streamLog } from '../../../../test/mock-api.ts'
import { manageable, setUpManage, writesTo } from '../../../../test/mock-manage.ts'
import {
  chosen,
  openPanel,
  panelShown,
  section,
  trackerOf,
} from '../../../../test/manage-panel.ts'
import { part, parts, readable } from '../../../../test/tracker.ts'

const noChange: Capabilities = {
  ...everyChange,
  reschedule: false,
  safePlace: false,
  instructions: false,
  pickupPoint: false,
  accessNeeds: false,
}

const allowing = (capability: keyof Capabilities): TrackingView => ({
  ...changeable,
  capabilities: { ...noChange, [capability]: true },
})

const lists = { windows: newYorkWindows, pickupPoints: brooklynPickupPoints }

const SECTIONS = {
  reschedule: 'window',
  pickupPoint: 'pickup',
  safePlace: 'safe-place',
  accessNeeds: 'access-needs',
  instructions: 'instructions',
} as const

const sectionIds = (tracker: HTMLElement & { shadowRoot: ShadowRoot | null }) =>
  [...(tracker.shadowRoot?.querySelectorAll('[part~="manage-section"]') ?? [])].map(({ id }) => id)

describe('<porchlight-tracker> Manage delivery', () => {
  it('offers no Manage delivery button when nothing can be changed', async () => {
    const token = await manageable('nothing', { view: { ...changeable, capabilities: noChange } })
    const tracker = await trackerOf(token)
    expect(readable(part(tracker, 'status'))).to.equal('On its way')
    expect(part(tracker, 'manage-button')).to.equal(null)
    expect(part(tracker, 'manage-panel')).to.equal(null)
  })

  it('shows a section for each change allowed, in order', async () => {
    const tracker = await trackerOf(await manageable('every', { view: changeable, ...lists }))
    await openPanel(tracker)
    expect(sectionIds(tracker)).to.deep.equal(
      Object.values(SECTIONS).map((id) => `manage-${id}`),
    )
  })

  for (const [capability, id] of Object.entries(SECTIONS)) {
    it(`shows only the ${id} section when ${capability} is the one change allowed`, async () => {
      const view = allowing(capability as keyof Capabilities)
      const tracker = await trackerOf(await manageable(id, { view, ...lists }))
      await openPanel(tracker)
      expect(sectionIds(tracker)).to.deep.equal([`manage-${id}`])
    })
  }

  it('is a disclosure: focus moves into the panel, and Escape returns it to the button', async () => {
    const tracker = await trackerOf(await manageable('disclosure', { view: changeable, ...lists }))
    const button = part(tracker, 'manage-button')!
    expect(button.tagName).to.equal('BUTTON')
    expect(readable(button)).to.equal('Manage delivery')
    expect(button.getAttribute('aria-expanded')).to.equal('false')
    expect(button.getAttribute('aria-controls')).to.equal('manage-panel')
    expect(part(tracker, 'manage-panel')?.id).to.equal('manage-panel')
    expect(part(tracker, 'manage-panel')?.hidden).to.equal(true)

    const panel = await openPanel(tracker)
    expect(button.getAttribute('aria-expanded')).to.equal('true')
    expect(tracker.shadowRoot!.activeElement).to.equal(panel)

    await press('Escape')
    await waitUntil(() => panel.hidden, 'Escape did not close the panel')
    expect(button.getAttribute('aria-expanded')).to.equal('false')
    expect(tracker.shadowRoot!.activeElement).to.equal(button)
  })

  it('can be used with the keyboard alone', async () => {
    const token = await manageable('keyboard', { view: allowing('reschedule'), ...lists })
    const tracker = await trackerOf(token)
    const focused = () => tracker.shadowRoot!.activeElement
    const options = () => parts(tracker, 'window-option')
    part(tracker, 'manage-button')!.focus()
    await press('Enter')
    await waitUntil(() => panelShown(tracker), 'Enter did not open the panel')
    expect(focused()).to.equal(part(tracker, 'manage-panel'))

    await press('Tab')
    expect(focused()).to.equal(options()[0])
    // The full window in between is passed over: it cannot be chosen.
    await press('Tab')
    expect(focused()).to.equal(options()[2])
    await press('Space')
    await waitUntil(() => options()[2]?.getAttribute('aria-pressed') === 'true', 'Space did not choose')

    await press('Shift+Tab')
    await press('Enter')
    await waitUntil(() => options()[0]?.getAttribute('aria-pressed') === 'true', 'Enter did not choose')
    expect((await writesTo(token)).map(({ body }) => body)).to.deep.equal([
      { windowId: 'win_tue_am' },
      { windowId: 'win_mon_am' },
    ])

    await press('Escape')
    await waitUntil(() => part(tracker, 'manage-panel')?.hidden, 'Escape did not close the panel')
    expect(focused()).to.equal(part(tracker, 'manage-button'))
  })

  it('drops the window section once the status no longer allows a new window', async () => {
    const token = await manageable('van-out', { view: changeable, ...lists })
    const tracker = await trackerOf(token)
    await waitUntil(async () => (await streamLog(token)).open === 1, 'the stream never opened')
    await openPanel(tracker)
    expect(section(tracker, 'window')).to.not.equal(null)

    const out: TrackingView = {
      ...changeable,
      shipment: { ...changeable.shipment, status: 'out_for_delivery' },
      capabilities: { ...everyChange, reschedule: false },
      lastEventId: '3',
    }
    await setUpManage(token, { view: out, ...lists })
    const entry = { id: 'ev_3', type: 'out_for_delivery', at: new Date().toISOString() } as const
    await sendEvent(token, '3', 'status', { status: 'out_for_delivery', entry })
    await waitUntil(() => section(tracker, 'window') === null, 'the window section stayed')
    expect(section(tracker, 'safe-place')).to.not.equal(null)
  })

  it('shows a change made elsewhere, from the live stream and from a fresh load', async () => {
    const token = await manageable('elsewhere', { view: changeable, ...lists })
    const tracker = await trackerOf(token)
    await waitUntil(async () => (await streamLog(token)).open === 1, 'the stream never opened')
    await openPanel(tracker)

    const { id, start, end } = newYorkWindows[2]!
    const preferences = { ...changeable.preferences, window: { id, start, end } }
    await sendEvent(token, '3', 'preferences', { kind: 'window', preferences })
    await waitUntil(() => chosen(tracker, 'window-option').length === 1, 'not shown as chosen')
    expect(parts(tracker, 'window-option')[2]?.getAttribute('aria-pressed')).to.equal('true')
    expect(readable(part(tracker, 'window'))).to.match(/Delivery window Tuesday 24 November, 09:00/)

    const view = {
      ...changeable,
      preferences: { ...preferences, safePlace: { place: 'porch' as const } },
      lastEventId: '4',
    }
    await setUpManage(token, { view, ...lists })
    tracker.refresh()
    const porch = () => tracker.shadowRoot!.querySelector<HTMLInputElement>('input[value="porch"]')
    await waitUntil(() => porch()?.checked, 'the reloaded safe place never showed')
  })

  it('shows text from the server as text, never as markup', async () => {
    const tracker = await trackerOf(await manageable('markup', { view: changeable, ...lists }))
    await openPanel(tracker)
    expect(readable(section(tracker, 'pickup'))).to.contain('Bedford <b>News</b>')
    expect(tracker.shadowRoot!.querySelector('b')).to.equal(null)
  })
})
