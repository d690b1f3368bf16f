import type { LookupTranslation } from '../elements/porchlight-tracker/lookup/lookup-strings.ts'
import type { PushTranslation } from '../elements/porchlight-tracker/push/push-strings.ts'
import type {
  ChatTranslation,
  FeedbackTranslation,
  ManageTranslation,
  Translation,
} from './translation.ts'

/**
 * Every string of one language other than English, in one chunk fetched when a page asks for
 * that language (`./packs/<lang>.ts`). English is split differently: the tracker's table ships in
 * widget.js and each panel's with the panel, so an English first load carries no panel strings.
 */
export interface LanguagePack {
  /** The direction the language is written in; the tracker lays itself out to match. */
  readonly dir: 'ltr' | 'rtl'
  readonly tracker: Translation
  readonly manage: ManageTranslation
  readonly chat: ChatTranslation
  readonly feedback: FeedbackTranslation
  readonly push: PushTranslation
  readonly lookup: LookupTranslation
}
