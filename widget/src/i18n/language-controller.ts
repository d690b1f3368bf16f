import type { ReactiveControllerHost } from 'lit'
import { loadLanguage, localize, type Localization } from './index.ts'

/**
 * Gives an element the strings of the language it asks for, fetching them the first time; the
 * element renders again once they are here.
 */
export class LanguageController {
  private awaited: Promise<void> | undefined

  constructor(private readonly host: ReactiveControllerHost) {}

  /** `requested`'s strings; `undefined` while they are on their way. */
  get(requested: string | null | undefined): Localization | undefined {
    const loading = loadLanguage(requested)
    if (!loading) return localize(requested)
    if (loading !== this.awaited) {
      this.awaited = loading
      void loading.then(() => this.host.requestUpdate())
    }
    return undefined
  }
}
