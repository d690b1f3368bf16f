import { z } from 'zod'

// Control characters break logs, e-mails and the widget's layout; line breaks only belong in
// free-form notes.
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001F\u007F]/
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F]/

/**
 * Explicit embeddings, overrides and isolates (the "Trojan Source" set, Unicode TR9 §2.1-2.4):
 * they show text in another order than it reads ("evil" displayed as "live"). The implicit
 * marks (LRM, RLM, ALM) stay: right-to-left writing needs them and they cannot reorder a word.
 */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g

/**
 * What an identifier may not hold: control and format characters (zero-width spaces and
 * joiners, direction marks, the BOM), lone surrogates, line and paragraph separators, and every
 * space but U+0020. `ORD\u200B-1` would otherwise look exactly like `ORD-1` and be another order.
 */
const NOT_IN_IDENTIFIERS = /[\p{Cc}\p{Cf}\p{Cs}\p{Zl}\p{Zp}\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/u

// Composed form (NFC): "é" typed two ways is one string, and counts as one character.
const bounded = (max: number, forbidden: RegExp) =>
  z
    .string()
    .overwrite((s) => s.replace(BIDI_CONTROLS, ''))
    .trim()
    .normalize('NFC')
    .min(1)
    .max(max)
    .refine((s) => !forbidden.test(s), { message: 'must not contain control characters' })

/** A trimmed, non-empty, single-line string of at most `max` characters; direction overrides are dropped. */
export const text = (max: number) => bounded(max, SINGLE_LINE_FORBIDDEN)

/** Like `text`, but line breaks are allowed (notes, instructions). */
export const multilineText = (max: number) => bounded(max, MULTI_LINE_FORBIDDEN)

/** A name that identifies something (an order reference, a key): visible characters only, refused otherwise. */
export const identifier = (max: number) =>
  z
    .string()
    .trim()
    .normalize('NFC')
    .min(1)
    .max(max)
    .refine((s) => !NOT_IN_IDENTIFIERS.test(s), { message: 'must not contain control, format or invisible characters' })

/** An id this API generated (`shp_…`, `win_…`, `msg_…`): anything else cannot name a resource. */
export const ResourceId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[A-Za-z0-9_-]+$/, 'is not an id this API returned')
