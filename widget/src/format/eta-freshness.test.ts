import { expect } from '@open-wc/testing'
import { etaFreshness, etaFreshnessChangesAt } from './eta-freshness.ts'

const now = Date.parse('2026-11-21T10:00:00Z')
const eta = (start: string, end: string, updatedAt: string) => ({
  start: `2026-11-21T${start}:00Z`,
  end: `2026-11-21T${end}:00Z`,
  updatedAt: `2026-11-21T${updatedAt}:00Z`,
  stopsAway: 2,
})

describe('etaFreshness', () => {
  it('counts a recent estimate of a window still ahead as live', () => {
    expect(etaFreshness(eta('10:20', '10:50', '09:58'), now)).to.equal('live')
    // Under way: the window has started but not ended.
    expect(etaFreshness(eta('09:50', '10:20', '09:55'), now)).to.equal('live')
  })

  it('counts an estimate not refreshed for more than 10 minutes as stale', () => {
    expect(etaFreshness(eta('10:20', '10:50', '09:50'), now)).to.equal('live')
    expect(etaFreshness(eta('10:20', '10:50', '09:49'), now)).to.equal('stale')
  })

  it('counts a window that has ended as past, however fresh', () => {
    expect(etaFreshness(eta('09:20', '09:50', '09:59'), now)).to.equal('past')
    expect(etaFreshness(eta('09:30', '10:00', '09:59'), now)).to.equal('past')
  })

  it('never counts an unreadable estimate as live', () => {
    expect(etaFreshness({ ...eta('10:20', '10:50', '09:58'), end: 'soon' }, now)).to.equal('past')
    expect(etaFreshness({ ...eta('10:20', '10:50', '09:58'), updatedAt: '' }, now)).to.equal(
      'stale',
    )
  })
})

describe('etaFreshnessChangesAt', () => {
  it('is the earlier of going stale and the window ending', () => {
    expect(etaFreshnessChangesAt(eta('10:20', '10:50', '09:58'), now)).to.equal(
      Date.parse('2026-11-21T10:08:00Z'),
    )
    expect(etaFreshnessChangesAt(eta('09:50', '10:05', '09:58'), now)).to.equal(
      Date.parse('2026-11-21T10:05:00Z'),
    )
  })

  it('is the window’s end once stale, and nothing once past', () => {
    expect(etaFreshnessChangesAt(eta('10:20', '10:50', '09:00'), now)).to.equal(
      Date.parse('2026-11-21T10:50:00Z'),
    )
    expect(etaFreshnessChangesAt(eta('09:20', '09:50', '09:00'), now)).to.equal(undefined)
  })
})
