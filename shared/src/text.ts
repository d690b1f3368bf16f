import { z } from 'zod'

// Control characters break logs, e-mails and the widget's layout; line breaks only belong in
// free-form notes.
const SINGLE_LINE_FORBIDDEN = /[\u0000-\u001F\u007F]/
const MULTI_LINE_FORBIDDEN = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F]/

// Composed form (NFC): "é" typed two ways is one string, and counts as one character.
const bounded = (max: number, forbidden: RegExp) =>
  z
    .string()
    .trim()
    .normalize('NFC')
    .min(1)
    .max(max)
    .refine((s) => !forbidden.test(s), { message: 'must not contain control characters' })

/** A trimmed, non-empty, single-line string of at most `max` characters. */
export const text = (max: number) => bounded(max, SINGLE_LINE_FORBIDDEN)

/** Like `text`, but line breaks are allowed (notes, instructions). */
export const multilineText = (max: number) => bounded(max, MULTI_LINE_FORBIDDEN)
