import { isSupportedInstant, ResourceId } from '@porchlight/shared'
import { validationFailed } from '../../errors/api-error.ts'

/** Keyset position in the (createdAt desc, id desc) order, opaque to clients. */
export type ListCursor = { createdAt: Date; id: string }

export function encodeCursor(cursor: ListCursor): string {
  return btoa(JSON.stringify([cursor.createdAt.toISOString(), cursor.id])).replace(/=+$/, '')
}

export function decodeCursor(value: string): ListCursor {
  try {
    const [createdAt, id] = JSON.parse(atob(value)) as unknown[]
    const date = new Date(String(createdAt))
    // Only what encodeCursor could have written: an edited cursor must not reach the query.
    if (ResourceId.safeParse(id).success && isSupportedInstant(date.getTime())) return { createdAt: date, id: id as string }
  } catch {
    // Falls through to the validation error below.
  }
  throw validationFailed([{ path: 'query.cursor', message: 'is not a cursor this API returned' }])
}
