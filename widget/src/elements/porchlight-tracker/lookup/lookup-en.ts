import type { LookupTranslation } from './lookup-strings.ts'

export const lookupEn: LookupTranslation = {
  heading: 'Find your delivery',
  intro: 'Enter your order number and the postcode it’s being delivered to.',
  field: { orderRef: 'Order number', postcode: 'Postcode' },
  invalid: {
    orderRef: 'Enter the order number as it appears on your order confirmation.',
    postcode: 'Enter the postcode of the delivery address.',
  },
  submit: 'Find my delivery',
  searching: 'Looking for your delivery…',
  tooMany: {
    one: 'Too many attempts. Try again in # minute.',
    other: 'Too many attempts. Try again in # minutes.',
  },
  problem: {
    not_found: 'We couldn’t find a delivery with that order number and postcode.',
    network_error: 'We couldn’t look for your delivery. Check your connection and try again.',
    other: 'We couldn’t look for your delivery just now. Please try again.',
  },
  again: 'Find another delivery',
}
