import { z } from 'zod'

/** An instant as ISO 8601 with an offset (`2026-11-21T14:05:00Z`). */
export const Instant = z.iso.datetime({ offset: true })
export type Instant = z.infer<typeof Instant>

export const TimeWindow = z
  .strictObject({ start: Instant, end: Instant })
  .refine((w) => Date.parse(w.end) > Date.parse(w.start), {
    message: 'end must be after start',
    path: ['end'],
  })
export type TimeWindow = z.infer<typeof TimeWindow>
