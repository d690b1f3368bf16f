import { describe, expect, it } from 'vitest'
import { Address, Recipient } from './address.ts'

const paris = {
  line1: '12 rue des Lilas',
  city: 'Paris',
  postcode: '75011',
  country: 'FR',
  lat: 48.8566,
  lng: 2.3522,
  timeZone: 'Europe/Paris',
}

describe('Address', () => {
  it('accepts a real address and trims its text', () => {
    expect(Address.parse({ ...paris, city: '  Paris ' }).city).toBe('Paris')
  })

  it.each([
    ['an unknown time zone', { timeZone: 'Europe/Atlantis' }],
    ['a lower-case country', { country: 'fr' }],
    ['an unassigned country', { country: 'QQ' }],
    ['a longitude past 180', { lng: 181 }],
    ['a multi-line street', { line1: '12 rue\ndes Lilas' }],
  ])('rejects %s', (_what, change) => {
    expect(Address.safeParse({ ...paris, ...change }).success).toBe(false)
  })
})

describe('Recipient', () => {
  it('accepts a BCP 47 locale and rejects nonsense', () => {
    expect(Recipient.safeParse({ name: 'Jo', locale: 'nl-BE' }).success).toBe(true)
    expect(Recipient.safeParse({ name: 'Jo', locale: 'not a locale' }).success).toBe(false)
  })
})

describe('free text', () => {
  it('is trimmed and stored in composed form, so the same text typed two ways is one', () => {
    const decomposed = ' Zoe\u0301 '
    const parsed = Recipient.parse({ name: decomposed })
    expect(parsed.name).toBe('Zoé')
    expect(parsed.name).toBe(Recipient.parse({ name: 'Zoé' }).name)
  })
})
