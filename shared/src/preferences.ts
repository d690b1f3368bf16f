import { z } from 'zod'
import { Instant } from './instant.ts'
import { multilineText, text } from './text.ts'

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

/**
 * What a shopper needs at the door, first-class rather than buried in free text.
 * `hand_to_me_only` rules out any safe place: choosing one clears the other.
 */
export const AccessNeed = z.enum(['extra_time', 'knock_dont_ring', 'call_on_arrival', 'hand_to_me_only'])
export type AccessNeed = z.infer<typeof AccessNeed>

export const SafePlace = z.object({ place: SafePlaceKind, note: z.string().optional() })
export type SafePlace = z.infer<typeof SafePlace>

export const Instructions = z.object({ text: z.string(), accessCode: z.string().optional() })
export type Instructions = z.infer<typeof Instructions>

export const PickupPointChoice = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(['locker', 'shop']),
  address: z.object({ line1: z.string(), city: z.string(), postcode: z.string() }),
})
export type PickupPointChoice = z.infer<typeof PickupPointChoice>

/** What the shopper has chosen; `null` (or no needs) where they have chosen nothing. The latest change wins. */
export const Preferences = z
  .object({
    window: z.object({ id: z.string(), start: Instant, end: Instant }).nullable(),
    safePlace: SafePlace.nullable(),
    instructions: Instructions.nullable(),
    pickupPoint: PickupPointChoice.nullable(),
    accessNeeds: z.array(AccessNeed),
  })
  .meta({ id: 'Preferences' })
export type Preferences = z.infer<typeof Preferences>

export const PreferenceKind = z.enum(['window', 'safePlace', 'instructions', 'pickupPoint', 'accessNeeds'])
export type PreferenceKind = z.infer<typeof PreferenceKind>

export const SafePlaceRequest = z
  .strictObject({ place: SafePlaceKind, note: multilineText(200).optional() })
  .meta({ id: 'SafePlaceRequest' })
export type SafePlaceRequest = z.infer<typeof SafePlaceRequest>

export const InstructionsRequest = z
  .strictObject({ text: multilineText(500), accessCode: text(32).optional() })
  .meta({ id: 'InstructionsRequest' })
export type InstructionsRequest = z.infer<typeof InstructionsRequest>

export const AccessNeedsRequest = z
  .strictObject({
    needs: z
      .array(AccessNeed)
      .max(AccessNeed.options.length)
      .refine((needs) => new Set(needs).size === needs.length, { message: 'each need may appear once' }),
  })
  .meta({ id: 'AccessNeedsRequest' })
export type AccessNeedsRequest = z.infer<typeof AccessNeedsRequest>

/** One change to a preference, as the retailer's history shows it. */
export const PreferenceChange = z
  .object({
    kind: PreferenceKind,
    value: z.unknown().meta({ description: "The kind's new value; null when cleared." }),
    actor: z.enum(['shopper', 'retailer']),
    at: Instant,
  })
  .meta({ id: 'PreferenceChange' })
export type PreferenceChange = z.infer<typeof PreferenceChange>

export const Feedback = z
  .object({
    rating: z.number().int().min(1).max(5),
    tags: z.array(z.string()),
    comment: z.string().nullable(),
    editableUntil: z.iso.datetime({ offset: true }).nullable().meta({ description: 'After this the feedback is frozen.' }),
  })
  .meta({ id: 'Feedback' })
export type Feedback = z.infer<typeof Feedback>
