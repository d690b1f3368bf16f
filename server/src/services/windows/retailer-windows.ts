import type { CreateWindowRequest, CreateWindowResponse, DeliveryWindow, WindowListQuery } from '@porchlight/shared'
import { and, asc, eq, gte, lt } from 'drizzle-orm'
import { deliveryWindows } from '../../db/schema/index.ts'
import type { TenantContext } from '../context.ts'
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
  return {
    windows: rows.map((w) => ({
      id: w.id,
      start: w.start.toISOString(),
      end: w.end.toISOString(),
      capacity: w.capacity,
      postcodePrefix: w.postcodePrefix,
      booked: w.booked,
    })),
  }
}
