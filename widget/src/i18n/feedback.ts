import { feedbackEn } from './feedback-en.ts'
import type { Localization } from './index.ts'
import type { FeedbackTranslation } from './translation.ts'

// Imported by the feedback form's chunk only, like the panel's and the chat's strings.
const tables: ReadonlyMap<string, FeedbackTranslation> = new Map([['en', feedbackEn]])

/** The feedback form's strings for `l`'s language; English where that has no table yet. */
export function feedbackStrings({ t }: Localization): FeedbackTranslation {
  return tables.get(t.lang) ?? feedbackEn
}
