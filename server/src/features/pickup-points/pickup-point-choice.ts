import type { ChoosePickupPointRequest, PickupPointChoice, Preferences } from '@porchlight/shared'
import { and, eq } from 'drizzle-orm'
import { pickupPoints, shipments } from '../../db/schema/index.ts'
import { ApiError, validationFailed } from '../../errors/api-error.ts'
import {
  applyShopperChange,
  movePickupPlace,
  type PreferenceChange,
  releasePickupPlace,
  releaseWindowPlace,
} from '../preferences/index.ts'
import type { ShopperContext } from '../tokens/index.ts'

const pickupPointFull = () =>
  new ApiError('pickup_point_full', 'That pickup point is full just now. Please pick another.')

const chosenData = (previous: PickupPointChoice | null) => (preferences: Preferences) => ({
  pickupPoint: preferences.pickupPoint,
  previousPickupPoint: previous,
  preferences,
})

/**
 * Sends the parcel to a locker or shop instead of home. It holds a place there (never more
 * than the point's capacity) and gives up any booked home-delivery window.
 */
export function choosePickupPoint({ ctx, input }: { ctx: ShopperContext; input: ChoosePickupPointRequest }) {
  return applyShopperChange(ctx, 'pickupPoint', async (tx, shipment) => {
    const [point] = await tx
      .select()
      .from(pickupPoints)
      .where(and(eq(pickupPoints.tenantId, shipment.tenantId), eq(pickupPoints.id, input.pickupPointId)))
    if (!point) throw validationFailed([{ path: 'pickupPointId', message: 'is not a pickup point of this retailer' }])
    const choice: PickupPointChoice = {
      id: point.id,
      name: point.name,
      kind: point.kind,
      address: { line1: point.addressLine1, city: point.city, postcode: point.postcode },
    }
    const changes: PreferenceChange[] = [{ kind: 'pickupPoint', value: choice }]
    const outcome = { changes, webhook: { type: 'shipment.pickup_point_chosen' as const, data: chosenData(shipment.preferences.pickupPoint) } }
    if (point.id === shipment.pickupPointId) return outcome
    if (!(await movePickupPlace(tx, shipment.tenantId, { take: point.id, release: shipment.pickupPointId }))) {
      throw pickupPointFull()
    }
    if (shipment.windowId) {
      await releaseWindowPlace(tx, shipment.tenantId, shipment.windowId)
      changes.push({ kind: 'window', value: null })
    }
    await tx.update(shipments).set({ pickupPointId: point.id, windowId: null }).where(eq(shipments.id, shipment.id))
    return outcome
  })
}

/** Back to home delivery: the pickup point's place is freed. */
export function clearPickupPoint({ ctx }: { ctx: ShopperContext }) {
  return applyShopperChange(ctx, 'pickupPoint', async (tx, shipment) => {
    if (shipment.pickupPointId) {
      await releasePickupPlace(tx, shipment.tenantId, shipment.pickupPointId)
      await tx.update(shipments).set({ pickupPointId: null }).where(eq(shipments.id, shipment.id))
    }
    return {
      changes: [{ kind: 'pickupPoint', value: null }],
      webhook: { type: 'shipment.pickup_point_chosen', data: chosenData(shipment.preferences.pickupPoint) },
    }
  })
}
