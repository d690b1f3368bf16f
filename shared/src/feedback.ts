import { z } from 'zod'
import { Instant } from './instant.ts'
import { multilineText } from './text.ts'
import { TimelineEntry } from './shipment-event.ts'

export const FeedbackTag = z.enum([
  'on_time',
  'careful_driver',
  'friendly_driver',
  'late',
  'damaged',
  'wrong_place',
  'not_received',
  'left_unsafe',
  'rude_driver',
])
export type FeedbackTag = z.infer<typeof FeedbackTag>

/** Tags that open a case for the retailer, with the delivery's evidence attached. */
export const CASE_TAGS = ['not_received', 'damaged'] as const satisfies readonly FeedbackTag[]

export const PostFeedbackRequest = z
  .strictObject({
    rating: z.number().int().min(1).max(5),
    tags: z
      .array(FeedbackTag)
      .max(FeedbackTag.options.length)
      .refine((tags) => new Set(tags).size === tags.length, { message: 'each tag may appear once' })
      .optional(),
    comment: multilineText(1000).optional(),
  })
  .meta({ id: 'PostFeedbackRequest' })
export type PostFeedbackRequest = z.infer<typeof PostFeedbackRequest>

export const DeliveryCase = z
  .object({
    id: z.string(),
    shipmentId: z.string(),
    orderRef: z.string(),
    kind: z.enum(CASE_TAGS),
    openedAt: Instant,
    rating: z.number().int(),
    comment: z.string().nullable(),
    evidence: z.object({
      timeline: z.array(TimelineEntry),
      lastPosition: z.object({ lat: z.number(), lng: z.number(), at: Instant }).nullable(),
      proofNote: z.string().nullable().meta({ description: "The note on the carrier's `delivered` event." }),
    }),
  })
  .meta({ id: 'DeliveryCase' })
export type DeliveryCase = z.infer<typeof DeliveryCase>

export const CaseList = z.object({ cases: z.array(DeliveryCase) }).meta({ id: 'CaseList' })
export type CaseList = z.infer<typeof CaseList>
