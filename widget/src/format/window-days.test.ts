import { expect } from '@open-wc/testing'
import type { ShopperWindow } from '@porchlight/shared'
import { windowDays } from './window-days.ts'

const range = (start: string, end: string) => `${start} to ${end}`
const window = (id: string, start: string, end: string): ShopperWindow => ({
  id,
  start,
  end,
  available: true,
  chosen: false,
})

/** The zone's short name at `at`, as Intl writes it for `locale` ("GMT-4", or "EDT"). */
const zoneAt = (locale: string, at: string) =>
  new Intl.DateTimeFormat(locale, { timeZone: 'America/New_York', timeZoneName: 'short' })
    .formatToParts(new Date(at))
    .find(({ type }) => type === 'timeZoneName')?.value

// The runner gives the browser Asia/Tokyo: a label read on the browser's clock would be wrong.
describe('windowDays', () => {
  it('groups windows by their day at the address and reads them on its clock', () => {
    const days = windowDays(
      [
        window('b', '2026-11-22T14:00:00Z', '2026-11-22T16:00:00Z'),
        // 22:00–23:00 on the 21st in New York; already the 22nd in UTC and in Tokyo.
        window('a', '2026-11-22T03:00:00Z', '2026-11-22T04:00:00Z'),
      ],
      'en-GB',
      'America/New_York',
      range,
    )
    expect(days.map((day) => day.label)).to.deep.equal(['Saturday 21 November', 'Sunday 22 November'])
    expect(days.map((day) => day.windows.map(({ label }) => label))).to.deep.equal([
      ['22:00 to 23:00'],
      ['09:00 to 11:00'],
    ])
  })

  it('names the zone on the day the clocks go back, so the two 01:00s differ', () => {
    const days = windowDays(
      [
        window('edt-0', '2026-11-01T04:00:00Z', '2026-11-01T05:00:00Z'),
        window('edt-1', '2026-11-01T05:00:00Z', '2026-11-01T06:00:00Z'),
        window('est-1', '2026-11-01T06:00:00Z', '2026-11-01T07:00:00Z'),
      ],
      'en-GB',
      'America/New_York',
      range,
    )
    const edt = zoneAt('en-GB', '2026-11-01T05:00:00Z')
    const est = zoneAt('en-GB', '2026-11-01T06:30:00Z')
    expect(edt).to.not.equal(est)
    expect(days).to.have.length(1)
    expect(days[0]!.label).to.equal('Sunday 1 November')
    expect(days[0]!.windows.map(({ label }) => label)).to.deep.equal([
      `00:00 ${edt} to 01:00 ${edt}`,
      `01:00 ${edt} to 01:00 ${est}`,
      `01:00 ${est} to 02:00 ${est}`,
    ])
  })

  it('leaves the zone out on other days, and follows 12-hour locales', () => {
    const days = windowDays(
      [window('a', '2026-11-02T14:00:00Z', '2026-11-02T16:00:00Z')],
      'en-US',
      'America/New_York',
      range,
    )
    expect(days[0]!.windows[0]!.label).to.match(/^9:00\sAM to 11:00\sAM$/)
  })
})
