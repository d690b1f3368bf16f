import type { Localization } from '../../../i18n/index.ts'
import { lookupEn } from './lookup-en.ts'
import type { PluralForms } from '../../../i18n/translation.ts'

// Beside its picker for the same reason as ./notify.ts; loaded with the lookup form's chunk.

/** Why no delivery was found (the fields' own problems have strings of their own). */
export type LookupProblem = 'not_found' | 'network_error' | 'other'

/** The fields the server may name in a 400. */
export type LookupField = 'orderRef' | 'postcode'

export interface LookupTranslation {
  readonly heading: string
  readonly intro: string
  readonly field: Readonly<Record<LookupField, string>>
  /** Under a field the server turned down. */
  readonly invalid: Readonly<Record<LookupField, string>>
  readonly submit: string
  readonly searching: string
  /** After a 429; `#` is the minutes to wait. */
  readonly tooMany: PluralForms
  readonly problem: Readonly<Record<LookupProblem, string>>
  /** Under a delivery found with the form: back to it. */
  readonly again: string
}

/** The form's strings in the tracker's language: English unless its language pack came. */
export function lookupStrings({ pack }: Localization): LookupTranslation {
  return pack?.lookup ?? lookupEn
}
