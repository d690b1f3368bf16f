import type {
  AccessNeed,
  FeedbackTag,
  MessageAuthor,
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
  /** A panel's code (Manage delivery, Chat) could not be loaded. */
  readonly panelUnavailable: string
  /** In place of "Delivering to" once a pickup point is chosen. */
  readonly collectFrom: string
  /** The button that opens the conversation with the driver or support. */
  readonly chat: string
  /** The chat button's badge, read out with it. */
  readonly unread: PluralForms
  /** Who wrote a chat message; here rather than in the chat's table, to announce it unopened. */
  readonly author: Readonly<Record<MessageAuthor, string>>
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
  /** Read out once a change is saved; `what` is its section's heading. */
  readonly saved: (what: string) => string
}

/** Why a chat message was not sent (a 429 has a string of its own, with the wait). */
export type SendProblem =
  | 'chat_closed'
  | 'option_disabled'
  | 'validation_failed'
  | 'network_error'
  | 'other'

/** The strings of the chat, loaded with its code (see `./chat.ts`). */
export interface ChatTranslation {
  /** The message list's name. */
  readonly messages: string
  readonly empty: string
  readonly loading: string
  readonly loadFailed: string
  readonly yourMessage: string
  /** A text field's counter; both numbers come formatted. */
  readonly characters: (count: string, max: string) => string
  readonly send: string
  /** On a message of the shopper's the server has not confirmed yet. */
  readonly sending: string
  /** On a message of the shopper's the other side has read. */
  readonly read: string
  readonly quickRepliesLabel: string
  /** Sent as they are, at a press. */
  readonly quickReplies: readonly string[]
  readonly closed: string
  /** While a finished delivery's chat is still open; `when` comes formatted. */
  readonly closes: (when: string) => string
  /** The conversation is open but the shop takes no replies from the shopper. */
  readonly readOnly: string
  /** After a 429; `#` is the seconds to wait. */
  readonly tooFast: PluralForms
  readonly problem: Readonly<Record<SendProblem, string>>
}

/** Why feedback was not saved, as the form says it. */
export type FeedbackProblem =
  | 'feedback_not_open'
  | 'feedback_frozen'
  | 'option_disabled'
  | 'validation_failed'
  | 'network_error'
  | 'other'

/** The strings of the feedback form, loaded with its code (see `./feedback.ts`). */
export interface FeedbackTranslation {
  readonly heading: string
  readonly rating: string
  /** A rating's name: "1 star", "4 stars". */
  readonly stars: PluralForms
  /** The saved rating: "Your rating: 4 stars". */
  readonly rated: (stars: string) => string
  readonly tagsLegend: string
  readonly tag: Readonly<Record<FeedbackTag, string>>
  readonly comment: string
  readonly characters: (count: string, max: string) => string
  readonly submit: string
  readonly cancel: string
  readonly edit: string
  readonly thanks: string
  /** `when` comes formatted on the address's clock. */
  readonly editableUntil: (when: string) => string
  /** After `not_received` or `damaged`, which open a case for the shop. */
  readonly caseOpened: (retailer: string) => string
  readonly problem: Readonly<Record<FeedbackProblem, string>>
}
