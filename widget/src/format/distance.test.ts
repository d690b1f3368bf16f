import { expect } from '@open-wc/testing'
import { distance } from './distance.ts'

describe('distance', () => {
  it('gives metres under a kilometre and kilometres to one decimal above', () => {
    expect(distance('en-GB', 450)).to.equal('450 m')
    expect(distance('en-GB', 1234)).to.equal('1.2 km')
    expect(distance('en-GB', 12_000)).to.equal('12 km')
  })

  it('writes the number and unit as the locale does', () => {
    expect(distance('de-DE', 1234)).to.equal('1,2 km')
  })
})
