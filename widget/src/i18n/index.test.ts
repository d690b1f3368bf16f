import { expect } from '@open-wc/testing'
import { localize, plural } from './index.ts'

describe('localize', () => {
  it('keeps the region of a translated language, for dates', () => {
    const l = localize('en-GB')
    expect(l.locale).to.equal('en-GB')
    expect(l.t.status.delivered).to.equal('Delivered')
  })

  it('reads in English throughout for a language without a translation', () => {
    const l = localize('de-DE')
    expect(l.t.lang).to.equal('en')
    expect(l.locale).to.equal('en')
  })

  it('falls back to English for a malformed language tag', () => {
    expect(localize('not a language!').locale).to.equal('en')
    expect(localize(undefined).locale).to.equal('en')
  })
})

describe('plural', () => {
  it('picks the form Intl.PluralRules chooses and formats the count', () => {
    const l = localize('en-GB')
    expect(plural(l, l.t.stopsAway, 1)).to.equal('1 stop away')
    expect(plural(l, l.t.stopsAway, 3)).to.equal('3 stops away')
    expect(plural(l, l.t.stopsAway, 1200)).to.equal('1,200 stops away')
    expect(plural(l, l.t.driverStopsAway, 1)).to.equal('Driver is 1 stop away')
    expect(plural(l, l.t.driverStopsAway, 4)).to.equal('Driver is 4 stops away')
  })
})
