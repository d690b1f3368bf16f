import type { ChosenWindow, RescheduleRequest } from '@porchlight/shared'
import { and, eq } from 'drizzle-orm'
import { deliveryWindows, shipments } from '../../db/schema/index.ts'
import { ApiError, validationFailed } from '../../errors/api-error.ts'
import { normalisePostcode } from './postcode.ts'
import { applyShopperChange, moveWindowPlace } from '../preferences/index.ts'
import type { LockedShipment } from '../preferences/index.ts'
import type { ShopperContext } from '../tokens/index.ts'

const MINUTE_MS = 60_000

const pastCutoff = (detail: string) => new ApiError('past_cutoff', detail)
const windowFull = () => new ApiError('window_full', 'That window has just filled up. Please pick another.')
// One answer for a window that does not exist, is another tenant's or serves other postcodes.
const unknownWindow = () => validationFailed([{ path: 'windowId', message: 'is not a window this delivery can book' }])

/** The window the shipment is due in now: the one booked, else the one promised. */
function currentWindow(shipment: LockedShipment): { start: Date; end: Date } | null {
  const booked = shipment.preferences.window
  if (booked) return { start: new Date(booked.start), end: new Date(booked.end) }
  if (shipment.promisedStart && shipment.promisedEnd) return { start: shipment.promisedStart, end: shipment.promisedEnd }
  return null
}

/**
 * Moves the delivery to another window: no later than the tenant's cut-off before the current
 * window (a window already over may always be replaced: that is a missed delivery being
 * rebooked), into a window starting after the cut-off, and never past its capacity.
 */
export function reschedule({ ctx, input }: { ctx: ShopperContext; input: RescheduleRequest }) {
  return applyShopperChange(ctx, 'reschedule', async (tx, shipment) => {
    const now = ctx.clock.now().getTime()
    const cutoffMs = shipment.settings.rescheduleCutoffMinutes * MINUTE_MS
    const [window] = await tx
      .select()
      .from(deliveryWindows)
      .where(and(eq(deliveryWindows.id, input.windowId), eq(deliveryWindows.tenantId, shipment.tenantId)))
    const prefix = window?.postcodePrefix
    if (!window || (prefix && !normalisePostcode(shipment.postcode).startsWith(prefix))) throw unknownWindow()
    const chosen: ChosenWindow = { id: window.id, start: window.start.toISOString(), end: window.end.toISOString() }
    const previous = currentWindow(shipment)
    const outcome = {
      changes: [{ kind: 'window' as const, value: chosen }],
      webhook: {
        type: 'shipment.rescheduled' as const,
        data: () => ({
          window: chosen,
          previousWindow: previous && {
            id: shipment.windowId,
            start: previous.start.toISOString(),
            end: previous.end.toISOString(),
          },
        }),
      },
    }
    if (window.id === shipment.windowId) return outcome
    if (previous && now < previous.end.getTime() && now >= previous.start.getTime() - cutoffMs) {
      throw pastCutoff("It's too late to change the window now: the current one starts soon.")
    }
    if (window.start.getTime() - cutoffMs <= now) throw pastCutoff('That window starts too soon to book.')
    if (!(await moveWindowPlace(tx, shipment.tenantId, { take: window.id, release: shipment.windowId }))) throw windowFull()
    await tx
      .update(shipments)
      .set({ windowId: window.id, promisedStart: window.start, promisedEnd: window.end })
      .where(eq(shipments.id, shipment.id))
    return outcome
  })
}
