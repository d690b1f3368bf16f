import type { Localization } from '../../../i18n/index.ts'
import { manageEn } from './manage-en.ts'
import type { ManageTranslation } from '../../../i18n/translation.ts'

/**
 * The panel's strings in the tracker's language: English unless its language pack came. Only
 * the panel's chunk imports this, so the English strings stay out of the first load.
 */
export function manageStrings({ pack }: Localization): ManageTranslation {
  return pack?.manage ?? manageEn
}
