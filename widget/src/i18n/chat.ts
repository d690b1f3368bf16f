import { chatEn } from './chat-en.ts'
import type { Localization } from './index.ts'
import type { ChatTranslation } from './translation.ts'

// Imported by the chat's chunk only: its strings are not part of the tracker's first load.
// Keyed by the language `localize` picked, so the chat reads in the tracker's language.
const tables: ReadonlyMap<string, ChatTranslation> = new Map([['en', chatEn]])

/** The chat's strings for `l`'s language; English where that has no table yet. */
export function chatStrings({ t }: Localization): ChatTranslation {
  return tables.get(t.lang) ?? chatEn
}
