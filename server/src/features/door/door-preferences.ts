import type { AccessNeed, AccessNeedsRequest, InstructionsRequest, Preferences, SafePlaceRequest } from '@porchlight/shared'
import { AccessNeed as AccessNeedSchema } from '@porchlight/shared'
import { applyShopperChange, type PreferenceChange } from '../preferences/index.ts'
import type { ShopperContext } from '../tokens/index.ts'

const changed = (kind: PreferenceChange['kind']) => ({
  type: 'shipment.preferences_changed' as const,
  data: (preferences: Preferences) => ({ kind, preferences }),
})

// "Hand it to me only" and a safe place contradict each other: the latest choice wins.
const HAND_TO_ME = 'hand_to_me_only' satisfies AccessNeed

/** Where the driver may leave the parcel (`null`: nowhere chosen). */
export function setSafePlace({ ctx, input }: { ctx: ShopperContext; input: SafePlaceRequest | null }) {
  return applyShopperChange(ctx, 'safePlace', async (_tx, shipment) => {
    const changes: PreferenceChange[] = [{ kind: 'safePlace', value: input }]
    if (input && shipment.preferences.accessNeeds.includes(HAND_TO_ME)) {
      changes.push({ kind: 'accessNeeds', value: shipment.preferences.accessNeeds.filter((n) => n !== HAND_TO_ME) })
    }
    return { changes, webhook: changed('safePlace') }
  })
}

export function setInstructions({ ctx, input }: { ctx: ShopperContext; input: InstructionsRequest | null }) {
  return applyShopperChange(ctx, 'instructions', async () => ({
    changes: [{ kind: 'instructions', value: input }],
    webhook: changed('instructions'),
  }))
}

export function setAccessNeeds({ ctx, input }: { ctx: ShopperContext; input: AccessNeedsRequest }) {
  // Kept in one order so that the same set chosen twice is the same value.
  const needs = AccessNeedSchema.options.filter((need) => input.needs.includes(need))
  return applyShopperChange(ctx, 'accessNeeds', async (_tx, shipment) => {
    const changes: PreferenceChange[] = [{ kind: 'accessNeeds', value: needs }]
    if (needs.includes(HAND_TO_ME) && shipment.preferences.safePlace) changes.push({ kind: 'safePlace', value: null })
    return { changes, webhook: changed('accessNeeds') }
  })
}
