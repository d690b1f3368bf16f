import type { Localization } from './index.ts'
import { manageEn } from './manage-en.ts'
import type { ManageTranslation } from './translation.ts'

// Imported by the panel's chunk only: its strings are not part of the tracker's first load.
// Keyed by the language `localize` picked, so the panel reads in the tracker's language.
const tables: ReadonlyMap<string, ManageTranslation> = new Map([['en', manageEn]])

/** The panel's strings for `l`'s language; English where that has no table yet. */
export function manageStrings({ t }: Localization): ManageTranslation {
  return tables.get(t.lang) ?? manageEn
}
