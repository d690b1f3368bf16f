import { z } from 'zod'
import { Instant } from './instant.ts'

export const SafePlaceKind = z.enum([
  'front_door',
  'back_door',
  'porch',
  'garage',
  'reception',
  'neighbour',
  'other',
])
export type SafePlaceKind = z.infer<typeof SafePlaceKind>

/** What the shopper has chosen; `null` where they have chosen nothing. The latest change wins. */
export const Preferences = z
  .object({
    window: z.object({ id: z.string(), start: Instant, end: Instant }).nullable(),
    safePlace: z.object({ place: SafePlaceKind, note: z.string().optional() }).nullable(),
    instructions: z.object({ text: z.string(), accessCode: z.string().optional() }).nullable(),
    pickupPoint: z
      .object({ id: z.string(), name: z.string(), kind: z.enum(['locker', 'shop']) })
      .nullable(),
  })
  .meta({ id: 'Preferences' })
export type Preferences = z.infer<typeof Preferences>

export const PreferenceKind = z.enum(['window', 'safePlace', 'instructions', 'pickupPoint'])
export type PreferenceKind = z.infer<typeof PreferenceKind>

export const Feedback = z
  .object({
    rating: z.number().int().min(1).max(5),
    tags: z.array(z.string()),
    comment: z.string().nullable(),
  })
  .meta({ id: 'Feedback' })
export type Feedback = z.infer<typeof Feedback>
