import { en } from './en.ts'
import type { LanguagePack } from './language-pack.ts'
import type { PluralForms, Translation } from './translation.ts'

export type { LanguagePack } from './language-pack.ts'
export type { PluralForms, Translation } from './translation.ts'

// Each language is a chunk of its own, `widget-<lang>-<hash>.js`, fetched only by a page that
// asks for it. Keys are lower-case BCP 47 tags: a full tag (`pt-br`) wins over its language.
const loaders: Readonly<Record<string, () => Promise<{ pack: LanguagePack }>>> = {
  ar: () => import('./packs/ar.ts'),
  de: () => import('./packs/de.ts'),
  es: () => import('./packs/es.ts'),
  fr: () => import('./packs/fr.ts'),
  he: () => import('./packs/he.ts'),
  nl: () => import('./packs/nl.ts'),
  pl: () => import('./packs/pl.ts'),
}

// Shared by every tracker on the page: a language is fetched once, whoever asks first.
const packs = new Map<string, LanguagePack>()
const pending = new Map<string, Promise<void>>()
const unavailable = new Set<string>()

/** The strings to show, the locale to format dates and numbers in, and the text's direction. */
export interface Localization {
  readonly locale: string
  readonly t: Translation
  readonly dir: 'ltr' | 'rtl'
  /** Every table of a language other than English; English panels bring their own. */
  readonly pack?: LanguagePack
}

/**
 * Picks the strings for `requested`, English where there are none or they are not fetched yet
 * (see `loadLanguage`). Dates follow the requested locale only when its language has strings:
 * a page in a language we do not translate reads in one language, not English words around
 * foreign dates.
 */
export function localize(requested: string | null | undefined): Localization {
  const locale = canonicalLocale(requested)
  const key = locale && packKey(locale)
  const pack = key && packs.get(key)
  if (pack) return { locale, t: pack.tracker, dir: pack.dir, pack }
  if (locale && new Intl.Locale(locale).language === en.lang) return { locale, t: en, dir: 'ltr' }
  return { locale: en.lang, t: en, dir: 'ltr' }
}

/**
 * Fetches the strings `requested` needs where widget.js does not carry them. `undefined` when
 * `localize` can answer now; otherwise a promise that settles once it can, with the language's
 * strings or, where they could not be fetched, English.
 */
export function loadLanguage(requested: string | null | undefined): Promise<void> | undefined {
  const locale = canonicalLocale(requested)
  const key = locale && packKey(locale)
  const load = key && loaders[key]
  if (!key || !load || packs.has(key) || unavailable.has(key)) return undefined
  let loading = pending.get(key)
  if (!loading) {
    loading = load().then(
      ({ pack }) => void packs.set(key, pack),
      // Offline or a deploy that removed the chunk: the tracker still works, in English.
      () => void unavailable.add(key),
    )
    pending.set(key, loading)
  }
  return loading
}

/** Picks the plural form for `count` and puts the formatted count in place of `#`. */
export function plural({ locale }: Localization, forms: PluralForms, count: number): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other
  return form.replace('#', new Intl.NumberFormat(locale).format(count))
}

function packKey(locale: string): string | undefined {
  const full = locale.toLowerCase()
  if (full in loaders) return full
  const { language } = new Intl.Locale(locale)
  return language in loaders ? language : undefined
}

function canonicalLocale(tag: string | null | undefined): string | undefined {
  if (!tag) return undefined
  try {
    return Intl.getCanonicalLocales(tag)[0]
  } catch {
    // A malformed `lang` on the host page must not break the widget.
    return undefined
  }
}
