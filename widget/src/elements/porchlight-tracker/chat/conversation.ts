import type { Message } from '@porchlight/shared'

/**
 * `messages` with `message` in it. One already there (same id) is an update, the other side
 * having read it: it replaces the copy, keeping a `readAt` already known, since updates may
 * cross. A new one goes last: the stream brings messages in the server's order, which is the
 * conversation's (the clocks that stamped `createdAt` need not agree).
 */
export function upsert(messages: readonly Message[], message: Message): Message[] {
  const index = messages.findIndex(({ id }) => id === message.id)
  if (index < 0) return [...messages, message]
  return messages.with(index, { ...message, readAt: message.readAt ?? messages[index]!.readAt })
}

/** What was fetched, with what the stream brought meanwhile kept. */
export function merge(fetched: readonly Message[], known: readonly Message[]): Message[] {
  return known.reduce(upsert, [...fetched])
}

/** The latest message of the driver or support: reading it marks the ones before read too. */
export function latestFromOthers(messages: readonly Message[]): Message | undefined {
  return messages.findLast(({ author }) => author !== 'shopper')
}
