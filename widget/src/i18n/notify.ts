import type { Localization } from './index.ts'
import { notifyEn } from './notify-en.ts'

// The type lives here, beside its picker, rather than in ./translation.ts, which is at its size
// limit; the strings come with the "Notify me" chunk only, like the panels'.

/** What the "Notify me" control says of this browser and this delivery. */
export type NotifyStatus = 'off' | 'turning-on' | 'on' | 'turning-off' | 'blocked' | 'home-screen'

/** Why notifications were not turned on or off. */
export type NotifyProblem =
  | 'option_disabled'
  | 'validation_failed'
  | 'change_not_allowed'
  | 'subscribe_failed'
  | 'off_failed'
  | 'network_error'
  | 'other'

export interface NotifyTranslation {
  /** The control's status line; for `off`, what will be sent. */
  readonly status: Readonly<Record<NotifyStatus, string>>
  readonly notifyMe: string
  readonly turnOff: string
  readonly problem: Readonly<Record<NotifyProblem, string>>
}

const tables: ReadonlyMap<string, NotifyTranslation> = new Map([['en', notifyEn]])

/** The control's strings for `l`'s language; English where that has no table yet. */
export function notifyStrings({ t }: Localization): NotifyTranslation {
  return tables.get(t.lang) ?? notifyEn
}
