import { expect, it } from 'vitest'
import { Origin } from './tenant.ts'

it('accepts origins exactly as browsers send them', () => {
  for (const origin of ['https://shop.example', 'http://127.0.0.1:8788', 'https://shop.example:8443']) {
    expect(Origin.safeParse(origin).success).toBe(true)
  }
  for (const notOrigin of ['https://shop.example/', 'https://shop.example/store', 'ftp://shop.example', '*', 'shop.example']) {
    expect(Origin.safeParse(notOrigin).success).toBe(false)
  }
})
