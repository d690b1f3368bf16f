import { expect } from '@open-wc/testing'
import { loadLanguage, localize, plural } from './index.ts'

describe('localize', () => {
  it('keeps the region of a translated language, for dates', () => {
    const l = localize('en-GB')
    expect(l.locale).to.equal('en-GB')
    expect(l.t.status.delivered).to.equal('Delivered')
  })

  it('reads in English throughout for a language without a translation', () => {
    const l = localize('sw-KE')
    expect(l.t.lang).to.equal('en')
    expect(l.locale).to.equal('en')
    expect(loadLanguage('sw-KE')).to.equal(undefined)
  })

  it("gives a language's strings once they are fetched, once for every tracker", async () => {
    const loading = loadLanguage('de-AT')
    expect(loading).to.be.instanceOf(Promise)
    expect(loadLanguage('de-CH')).to.equal(loading)
    await loading
    expect(loadLanguage('de-AT')).to.equal(undefined)
    const l = localize('de-AT')
    expect(l.locale).to.equal('de-AT')
    expect(l.t.status.delivered).to.equal('Zugestellt')
    expect(l.pack?.manage.save).to.equal('Speichern')
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
