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
    if (typeof id === 'string' && !Number.isNaN(date.getTime())) return { createdAt: date, id }
  } catch {
    // Falls through to the validation error below.
  }
  throw validationFailed([{ path: 'query.cursor', message: 'is not a cursor this API returned' }])
}
