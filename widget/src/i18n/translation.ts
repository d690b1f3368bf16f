import type { ShipmentStatus, TimelineEntryType } from '@porchlight/shared'

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
  /** The label of each timeline entry; `delay` is Porchlight's own, when running late. */
  readonly event: Readonly<Record<TimelineEntryType, string>>
  readonly orderFrom: (retailer: string) => string
  readonly promisedWindow: string
  /** "14:10 to 14:40"; `start` may carry a date when it is not today at the address. */
  readonly timeRange: (start: string, end: string) => string
  /** The live arrival window: "Arriving 14:10 to 14:40". */
  readonly arriving: (range: string) => string
  /** An estimate too old to be live, said as such. */
  readonly lastEstimate: (range: string) => string
  /** In place of an estimate that is out of date or whose window has passed. */
  readonly updatingEta: string
  readonly stopsAway: PluralForms
  /** The route strip's text alternative, by stops before the shopper's. */
  readonly driverStopsAway: PluralForms
  /** … when the shopper's stop is the next one. */
  readonly driverNext: string
  /** … when the number of stops is not known for sure. */
  readonly driverNear: string
  /** The live stream dropped and is not back yet. */
  readonly reconnecting: string
  readonly deliveringTo: string
  readonly timeline: string
  readonly loading: string
  readonly noToken: string
  readonly notFound: string
  readonly loadFailed: string
  readonly tryAgain: string
}
