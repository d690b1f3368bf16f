import type { Localization } from '../../../i18n/index.ts'
import { pushEn } from './push-en.ts'

// The type lives here, beside its picker, rather than in ./translation.ts, which is at its size
// limit; the strings come with the "Notify me" chunk only, like the panels'.

/** What the "Notify me" control says of this browser and this delivery. */
export type PushStatus = 'off' | 'turning-on' | 'on' | 'turning-off' | 'blocked' | 'home-screen'

/** Why notifications were not turned on or off. */
export type PushProblem =
  | 'option_disabled'
  | 'validation_failed'
  | 'change_not_allowed'
  | 'subscribe_failed'
  | 'off_failed'
  | 'network_error'
  | 'other'

export interface PushTranslation {
  /** The control's status line; for `off`, what will be sent. */
  readonly status: Readonly<Record<PushStatus, string>>
  readonly notifyMe: string
  readonly turnOff: string
  readonly problem: Readonly<Record<PushProblem, string>>
}

/** The control's strings in the tracker's language: English unless its language pack came. */
export function pushStrings({ pack }: Localization): PushTranslation {
  return pack?.push ?? pushEn
}
