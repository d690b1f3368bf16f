import type { Message } from '@porchlight/shared'
import type { messages } from '../../db/schema/index.ts'

export function toMessage(row: typeof messages.$inferSelect): Message {
  return {
    id: row.id,
    author: row.author,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  }
}
