import { chatEn } from './chat-en.ts'
import type { Localization } from '../../../i18n/index.ts'
import type { ChatTranslation } from '../../../i18n/translation.ts'

/** The chat's strings in the tracker's language: English unless its language pack came. */
export function chatStrings({ pack }: Localization): ChatTranslation {
  return pack?.chat ?? chatEn
}
