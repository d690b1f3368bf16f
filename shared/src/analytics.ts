import { z } from 'zod'
import { Instant } from './instant.ts'
import { TimeZone } from './address.ts'

export const AnalyticsQuery = z
  .strictObject({
    from: Instant,
    to: Instant,
    timeZone: TimeZone.optional().meta({ description: 'Where days begin and end for the per-day series; default UTC.' }),
  })
  .refine((q) => Date.parse(q.to) > Date.parse(q.from), { message: 'to must be after from', path: ['to'] })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= 400 * 86_400_000, { message: 'at most 400 days at a time', path: ['to'] })
export type AnalyticsQuery = z.infer<typeof AnalyticsQuery>

const Figures = {
  shipments: z.number().int().meta({ description: 'Shipments created.' }),
  delivered: z.number().int().meta({ description: 'Deliveries made.' }),
  onTimeRate: z.number().nullable().meta({ description: 'Share of deliveries with a promised window made inside it; null without any.' }),
  etaHitRate: z.number().nullable().meta({ description: 'Share of deliveries that arrived inside the last window shown to the shopper.' }),
  averageRating: z.number().nullable(),
  feedbackCount: z.number().int(),
  preferenceChanges: z.number().int(),
  messages: z.number().int(),
}

export const AnalyticsDay = z.object({ date: z.string(), ...Figures }).meta({ id: 'AnalyticsDay' })
export type AnalyticsDay = z.infer<typeof AnalyticsDay>

export const AnalyticsSummary = z
  .object({
    ...Figures,
    feedbackTags: z.record(z.string(), z.number().int()),
    days: z.array(AnalyticsDay),
  })
  .meta({ id: 'AnalyticsSummary' })
export type AnalyticsSummary = z.infer<typeof AnalyticsSummary>
