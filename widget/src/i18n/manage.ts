import type { Localization } from './index.ts'
import { manageEn } from './manage-en.ts'
import type { ManageTranslation } from './translation.ts'

// Imported by the panels' chunks only, so their English strings stay out of the first load.

/** The panel's strings in the tracker's language: English unless its language pack came. */
export function manageStrings({ pack }: Localization): ManageTranslation {
  return pack?.manage ?? manageEn
}
