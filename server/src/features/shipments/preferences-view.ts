import type { Feedback, Preferences } from '@porchlight/shared'
import type { feedback, preferenceChanges } from '../../db/schema/index.ts'

type ChangeRow = Pick<typeof preferenceChanges.$inferSelect, 'kind' | 'value'>

export const NO_PREFERENCES: Preferences = {
  window: null,
  safePlace: null,
  instructions: null,
  pickupPoint: null,
  accessNeeds: [],
}

/** The current preferences from their history in `seq` order: the latest change of each kind wins. */
export function currentPreferences(history: readonly ChangeRow[]): Preferences {
  const current: Preferences = { ...NO_PREFERENCES }
  // Values were validated against their kind's schema when they were written.
  for (const change of history) Object.assign(current, { [change.kind]: change.value })
  return current
}

export function toFeedback(row: typeof feedback.$inferSelect | null | undefined): Feedback | null {
  if (!row) return null
  return { rating: row.rating, tags: row.tags, comment: row.comment, editableUntil: row.editableUntil?.toISOString() ?? null }
}
