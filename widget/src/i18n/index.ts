import { en } from './en.ts'
import type { PluralForms, Translation } from './translation.ts'

export type { PluralForms, Translation } from './translation.ts'

// Keys are lower-case BCP 47 tags: a full tag (`pt-br`) wins over its language (`pt`).
const translations: ReadonlyMap<string, Translation> = new Map([['en', en]])

/** The strings to show and the locale to format dates and numbers in. */
export interface Localization {
  readonly locale: string
  readonly t: Translation
}

/**
 * Picks the table for `requested`, English when there is none. Dates follow the requested locale
 * only when its language has a table: a page in a language we do not translate yet then reads
 * in one language, not English words around foreign dates.
 */
export function localize(requested: string | null | undefined): Localization {
  const locale = canonicalLocale(requested)
  const t =
    locale &&
    (translations.get(locale.toLowerCase()) ?? translations.get(new Intl.Locale(locale).language))
  return t ? { locale, t } : { locale: en.lang, t: en }
}

/** Picks the plural form for `count` and puts the formatted count in place of `#`. */
export function plural({ locale }: Localization, forms: PluralForms, count: number): string {
  const form = forms[new Intl.PluralRules(locale).select(count)] ?? forms.other
  return form.replace('#', new Intl.NumberFormat(locale).format(count))
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
