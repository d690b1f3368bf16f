import { and, eq, lt, sql } from 'drizzle-orm'
import type { Transaction } from '../../db/database.ts'
import { deliveryWindows, pickupPoints } from '../../db/schema/index.ts'

type Move = { take: string; release: string | null }

/**
 * Takes a place in one row and gives one back in another, touching the two rows in id order so
 * that two shoppers swapping the same pair cannot deadlock. `false`: the row to take was full
 * (the caller's transaction then rolls the release back). The `< capacity` condition is
 * re-checked by the database after any wait for the row lock, so concurrent takers never
 * overbook; the table's check constraint backs it up.
 */
async function move(rows: Move, take: (id: string) => Promise<boolean>, release: (id: string) => Promise<void>) {
  const order = rows.release !== null && rows.release < rows.take ? ['release', 'take'] : ['take', 'release']
  for (const step of order) {
    if (step === 'take' && !(await take(rows.take))) return false
    if (step === 'release' && rows.release !== null) await release(rows.release)
  }
  return true
}

export function moveWindowPlace(tx: Transaction, tenantId: string, rows: Move) {
  return move(
    rows,
    async (id) =>
      (
        await tx
          .update(deliveryWindows)
          .set({ booked: sql`${deliveryWindows.booked} + 1` })
          .where(and(eq(deliveryWindows.id, id), eq(deliveryWindows.tenantId, tenantId), lt(deliveryWindows.booked, deliveryWindows.capacity)))
          .returning({ id: deliveryWindows.id })
      ).length > 0,
    (id) => releaseWindowPlace(tx, tenantId, id),
  )
}

export async function releaseWindowPlace(tx: Transaction, tenantId: string, id: string) {
  await tx
    .update(deliveryWindows)
    .set({ booked: sql`${deliveryWindows.booked} - 1` })
    .where(and(eq(deliveryWindows.id, id), eq(deliveryWindows.tenantId, tenantId)))
}

export function movePickupPlace(tx: Transaction, tenantId: string, rows: Move) {
  return move(
    rows,
    async (id) =>
      (
        await tx
          .update(pickupPoints)
          .set({ assigned: sql`${pickupPoints.assigned} + 1` })
          .where(and(eq(pickupPoints.id, id), eq(pickupPoints.tenantId, tenantId), lt(pickupPoints.assigned, pickupPoints.capacity)))
          .returning({ id: pickupPoints.id })
      ).length > 0,
    (id) => releasePickupPlace(tx, tenantId, id),
  )
}

export async function releasePickupPlace(tx: Transaction, tenantId: string, id: string) {
  await tx
    .update(pickupPoints)
    .set({ assigned: sql`${pickupPoints.assigned} - 1` })
    .where(and(eq(pickupPoints.id, id), eq(pickupPoints.tenantId, tenantId)))
}
