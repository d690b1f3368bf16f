import { z } from 'zod'

/**
 * The instants the API stores and compares: 1970 to 9999. Outside them PostgreSQL, JavaScript
 * and ISO 8601's four-digit years stop agreeing (year 0000, `+275760-…`), and no delivery
 * happens there.
 */
export const EARLIEST_INSTANT_MS = 0
export const LATEST_INSTANT_MS = Date.UTC(9999, 11, 31, 23, 59, 59, 999)

export const isSupportedInstant = (ms: number) => ms >= EARLIEST_INSTANT_MS && ms <= LATEST_INSTANT_MS

/** An instant as ISO 8601 with an offset (`2026-11-21T14:05:00Z`), between 1970 and 9999. */
export const Instant = z.iso
  .datetime({ offset: true })
  .refine((s) => isSupportedInstant(Date.parse(s)), { message: 'must be between 1970 and 9999' })
export type Instant = z.infer<typeof Instant>

export const TimeWindow = z
  .strictObject({ start: Instant, end: Instant })
  .refine((w) => Date.parse(w.end) > Date.parse(w.start), {
    message: 'end must be after start',
    path: ['end'],
  })
export type TimeWindow = z.infer<typeof TimeWindow>
