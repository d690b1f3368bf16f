import type { CreateWindowRequest, CreateWindowResponse, DeliveryWindow, PatchWindowRequest, WindowListQuery } from '@porchlight/shared'
import { and, asc, eq, gte, lt } from 'drizzle-orm'
import type { Transaction } from '../../db/database.ts'
import { ApiError, notFound } from '../../errors/api-error.ts'
import { deliveryWindows } from '../../db/schema/index.ts'
import type { TenantContext } from '../../context.ts'
import { normalisePostcode } from './postcode.ts'

export async function createWindow({
  ctx,
  input,
}: {
  ctx: TenantContext
  input: CreateWindowRequest
}): Promise<CreateWindowResponse> {
  const id = ctx.ids.id('win')
  await ctx.db.insert(deliveryWindows).values({
    id,
    tenantId: ctx.tenantId,
    start: new Date(input.start),
    end: new Date(input.end),
    capacity: input.capacity,
    postcodePrefix: input.postcodePrefix === undefined ? null : normalisePostcode(input.postcodePrefix),
  })
  return { id }
}

const MAX_LISTED = 1_000

const toWindow = (w: typeof deliveryWindows.$inferSelect): DeliveryWindow => ({
  id: w.id,
  start: w.start.toISOString(),
  end: w.end.toISOString(),
  capacity: w.capacity,
  postcodePrefix: w.postcodePrefix,
  booked: w.booked,
})

const lockWindow = async (tx: Transaction, ctx: TenantContext, id: string) => {
  const [row] = await tx
    .select()
    .from(deliveryWindows)
    .where(and(eq(deliveryWindows.id, id), eq(deliveryWindows.tenantId, ctx.tenantId)))
    .for('update')
  if (!row) throw notFound('Window')
  return row
}

/** Changes a window's capacity; the shoppers already booked keep their places. */
export async function patchWindow({ ctx, input }: { ctx: TenantContext; input: { id: string; patch: PatchWindowRequest } }) {
  return ctx.db.transaction(async (tx) => {
    const row = await lockWindow(tx, ctx, input.id)
    if (input.patch.capacity < row.booked) {
      throw new ApiError('capacity_below_assigned', `${row.booked} deliveries are already booked into this window.`, [
        { path: 'capacity', message: `must be at least ${row.booked}` },
      ])
    }
    const [updated] = await tx.update(deliveryWindows).set({ capacity: input.patch.capacity }).where(eq(deliveryWindows.id, row.id)).returning()
    return toWindow(updated ?? row)
  })
}

/** Withdraws a window nobody has booked; a booked one would strand its shoppers. */
export async function deleteWindow({ ctx, input }: { ctx: TenantContext; input: { id: string } }) {
  await ctx.db.transaction(async (tx) => {
    const row = await lockWindow(tx, ctx, input.id)
    if (row.booked > 0) {
      throw new ApiError('change_not_allowed', `${row.booked} deliveries are booked into this window: lower its capacity to 0 to stop new bookings.`)
    }
    await tx.delete(deliveryWindows).where(eq(deliveryWindows.id, row.id))
  })
}

/** The tenant's windows that start in `[from, to)`, earliest first; by default from now on. */
export async function listWindows({
  ctx,
  input,
}: {
  ctx: TenantContext
  input: WindowListQuery
}): Promise<{ windows: DeliveryWindow[] }> {
  const from = input.from ? new Date(input.from) : ctx.clock.now()
  const rows = await ctx.db
    .select()
    .from(deliveryWindows)
    .where(
      and(
        eq(deliveryWindows.tenantId, ctx.tenantId),
        gte(deliveryWindows.start, from),
        input.to ? lt(deliveryWindows.start, new Date(input.to)) : undefined,
      ),
    )
    .orderBy(asc(deliveryWindows.start), asc(deliveryWindows.id))
    .limit(MAX_LISTED)
  return { windows: rows.map(toWindow) }
}
