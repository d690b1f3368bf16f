import { expect } from '@open-wc/testing'
import { addressClock } from './time-window.ts'

// The runner gives the browser Asia/Tokyo, so none of these can pass by reading the local clock.
describe('addressClock', () => {
  it('shows a window in the address’s zone', () => {
    const clock = addressClock('en-GB', 'America/New_York')
    const window = { start: '2026-11-21T19:00:00Z', end: '2026-11-21T21:00:00Z' }
    expect(clock.window(window)).to.match(/^Saturday 21 November, 14:00\s*–\s*16:00$/)
  })

  it('follows the address’s summer time', () => {
    const clock = addressClock('en-GB', 'America/New_York')
    const window = { start: '2026-07-04T18:00:00Z', end: '2026-07-04T20:00:00Z' }
    expect(clock.window(window)).to.match(/^Saturday 4 July, 14:00\s*–\s*16:00$/)
  })

  it('names both days of a window that crosses midnight at the address', () => {
    const clock = addressClock('en-GB', 'Europe/London')
    const window = { start: '2026-11-21T23:00:00Z', end: '2026-11-22T01:00:00Z' }
    expect(clock.window(window))
      .to.contain('Saturday 21 November')
      .and.contain('Sunday 22 November')
  })

  it('shows a moment on the address’s date, not the browser’s or UTC’s', () => {
    const clock = addressClock('en-GB', 'America/New_York')
    expect(clock.moment('2026-11-20T03:15:00Z')).to.equal('Thu 19 Nov, 22:15')
  })

  it('pads hours on 24-hour clocks but not on 12-hour ones', () => {
    const window = { start: '2026-11-21T14:00:00Z', end: '2026-11-21T16:00:00Z' }
    const inNewYork = (locale: string) => addressClock(locale, 'America/New_York').window(window)
    expect(inNewYork('en-GB')).to.match(/, 09:00\s*–\s*11:00$/)
    expect(inNewYork('en-US')).to.match(/, 9:00\s*–\s*11:00\sAM$/)
  })

  it('names the zone when it has to fall back to the browser’s own', () => {
    const at = new Date('2026-11-21T00:00:00Z')
    const browserZone = new Intl.DateTimeFormat('en-GB', { timeZoneName: 'short' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value
    expect(browserZone).to.be.a('string')
    expect(addressClock('en-GB', 'Mars/Olympus_Mons').moment(at.toISOString())).to.contain(
      browserZone,
    )
  })
})

describe('addressClock times of day', () => {
  it('reads a time on the address’s clock', () => {
    expect(addressClock('en-GB', 'America/New_York').time('2026-11-21T19:10:00Z')).to.equal('14:10')
    expect(addressClock('en-US', 'America/New_York').time('2026-11-21T19:10:00Z')).to.match(
      /^2:10\sPM$/,
    )
  })

  it('tells whether two instants share a day at the address, not in the browser', () => {
    const clock = addressClock('en-GB', 'America/New_York')
    // 22:00 and 23:30 in New York on the 20th; the 21st in Tokyo and in UTC.
    expect(clock.sameDay('2026-11-21T03:00:00Z', '2026-11-21T04:30:00Z')).to.equal(true)
    // 23:30 on the 20th and 00:30 on the 21st in New York; one day in UTC.
    expect(clock.sameDay('2026-11-21T04:30:00Z', '2026-11-21T05:30:00Z')).to.equal(false)
  })
})
