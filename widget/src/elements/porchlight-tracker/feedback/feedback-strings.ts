import { feedbackEn } from './feedback-en.ts'
import type { Localization } from '../../../i18n/index.ts'
import type { FeedbackTranslation } from '../../../i18n/translation.ts'

/** The feedback form's strings in the tracker's language: English unless its language pack came. */
export function feedbackStrings({ pack }: Localization): FeedbackTranslation {
  return pack?.feedback ?? feedbackEn
}
