import type { EventType, ShipmentStatus } from '@porchlight/shared'

/** Forms chosen by `Intl.PluralRules`; `#` stands for the count, formatted for the locale. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { readonly other: string }

/**
 * Every string the tracker shows. A language is added by writing one of these (the compiler
 * then lists anything missing) and registering it in `./index.ts`.
 */
export interface Translation {
  /** BCP 47 tag the strings are written in. */
  readonly lang: string
  /** The heading a shopper reads for each status. */
  readonly status: Readonly<Record<ShipmentStatus, string>>
  /** The label of each timeline entry. */
  readonly event: Readonly<Record<EventType, string>>
  readonly orderFrom: (retailer: string) => string
  readonly promisedWindow: string
  readonly expectedArrival: string
  readonly stopsAway: PluralForms
  readonly deliveringTo: string
  readonly timeline: string
  readonly loading: string
  readonly noToken: string
  readonly notFound: string
  readonly loadFailed: string
  readonly tryAgain: string
}
