import type { CreateEventResponse } from '@porchlight/shared'
import { and, eq } from 'drizzle-orm'
import type { Database, Transaction } from '../../db/database.ts'
import { idempotencyKeys } from '../../db/schema/index.ts'
import { ApiError } from '../../errors/api-error.ts'

export type Idempotency = { key: string; fingerprint: string }

/** How long a key's first answer is kept for repeats (the retention chore prunes older ones). */
export const IDEMPOTENCY_TTL_MS = 24 * 3600_000
export type RecordedAnswer = { status: 200 | 201; body: CreateEventResponse; replayed: boolean }

/** The answer first given for this key, or undefined if the key is new. */
export async function storedAnswer(
  db: Database,
  tenantId: string,
  idempotency: Idempotency,
): Promise<RecordedAnswer | undefined> {
  const [row] = await db
    .select()
    .from(idempotencyKeys)
    .where(and(eq(idempotencyKeys.tenantId, tenantId), eq(idempotencyKeys.key, idempotency.key)))
  if (!row) return undefined
  if (row.fingerprint !== idempotency.fingerprint) {
    throw new ApiError('idempotency_key_reused', 'This Idempotency-Key was already used for a different request.', [
      { path: 'header.idempotency-key', message: 'was used with another request' },
    ])
  }
  return { status: row.statusCode as 200 | 201, body: row.response as CreateEventResponse, replayed: true }
}

/**
 * Saves the answer in the transaction that wrote it, tied to its shipment. Returns false when a
 * concurrent request with the same key committed first: the caller then rolls back and replays
 * that answer.
 */
export async function saveAnswer(
  tx: Transaction,
  scope: { tenantId: string; shipmentId: string; now: Date },
  idempotency: Idempotency,
  answer: RecordedAnswer,
): Promise<boolean> {
  const saved = await tx
    .insert(idempotencyKeys)
    .values({
      tenantId: scope.tenantId,
      shipmentId: scope.shipmentId,
      createdAt: scope.now,
      key: idempotency.key,
      fingerprint: idempotency.fingerprint,
      statusCode: answer.status,
      response: answer.body,
    })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key })
  return saved.length > 0
}
