import { z } from 'zod'
import { text } from './text.ts'

const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' })

const isIanaTimeZone = (tz: string) => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz })
    return true
  } catch {
    return false
  }
}

const isLocale = (tag: string) => {
  try {
    return Intl.getCanonicalLocales(tag).length === 1
  } catch {
    return false
  }
}

export const CountryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code in capitals')
  .refine((c) => regionNames.of(c) !== undefined, { message: 'unknown country code' })

export const TimeZone = z
  .string()
  .min(1)
  .max(64)
  .refine(isIanaTimeZone, { message: 'must be an IANA time zone, e.g. Europe/Paris' })

export const Locale = z
  .string()
  .min(2)
  .max(35)
  .refine(isLocale, { message: 'must be a BCP 47 language tag, e.g. fr-FR' })

export const Address = z
  .strictObject({
    line1: text(200),
    line2: text(200).optional(),
    city: text(100),
    postcode: text(16),
    country: CountryCode,
    lat: z.number().min(-90).max(90),
    lng: z.number().min(-180).max(180),
    timeZone: TimeZone,
  })
  .meta({ id: 'Address' })
export type Address = z.infer<typeof Address>

export const Recipient = z
  .strictObject({
    name: text(200),
    email: z.email().max(254).optional(),
    phone: z
      .string()
      .regex(/^\+?[0-9][0-9 ()-]{3,30}$/, 'must be a phone number, e.g. +33 1 23 45 67 89')
      .optional(),
    locale: Locale.optional(),
  })
  .meta({ id: 'Recipient' })
export type Recipient = z.infer<typeof Recipient>
