import type {
  AccessNeed,
  PickupPointKind,
  SafePlaceKind,
  ShipmentStatus,
  TimelineEntryType,
} from '@porchlight/shared'

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
  /** The button that opens the panel of changes a shopper can make. */
  readonly manage: string
  /** The panel's code could not be loaded. */
  readonly manageUnavailable: string
  /** In place of "Delivering to" once a pickup point is chosen. */
  readonly collectFrom: string
}

/** Why a change was not saved, as the panel says it. */
export type SaveProblem =
  | 'window_full'
  | 'past_cutoff'
  | 'pickup_point_full'
  | 'change_not_allowed'
  | 'option_disabled'
  | 'validation_failed'
  | 'network_error'
  | 'other'

/**
 * The strings of the "Manage delivery" panel: a table of their own, loaded with the panel's code
 * rather than with the tracker (see `./manage.ts`).
 */
export interface ManageTranslation {
  readonly windows: string
  readonly pickupPoints: string
  readonly safePlace: string
  readonly accessNeeds: string
  readonly instructions: string
  readonly loadingOptions: string
  readonly optionsFailed: string
  readonly noWindows: string
  readonly noPickupPoints: string
  /** On a window or pickup point with no place left. */
  readonly full: string
  /** On the window or pickup point the shopper holds now. */
  readonly chosen: string
  readonly place: Readonly<Record<SafePlaceKind, string>>
  readonly note: string
  readonly instructionsText: string
  readonly accessCode: string
  /** A text field's counter; both numbers come formatted. */
  readonly characters: (count: string, max: string) => string
  readonly save: string
  readonly clear: string
  readonly need: Readonly<Record<AccessNeed, string>>
  readonly pickupKind: Readonly<Record<PickupPointKind, string>>
  readonly openNow: string
  readonly closedNow: string
  readonly homeInstead: string
  readonly problem: Readonly<Record<SaveProblem, string>>
  /** A field the server turned down, named, with the server's reason. */
  readonly invalid: (field: string, reason: string) => string
}
