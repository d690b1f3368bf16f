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

/** The control's strings in the tracker's language: English unless its language pack came. */
export function notifyStrings({ pack }: Localization): NotifyTranslation {
  return pack?.notify ?? notifyEn
}
