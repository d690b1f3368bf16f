// @ts-check
/**
 * @typedef {import('@porchlight/shared').Message} Message
 * @typedef {import('@porchlight/shared').InboxMessage} InboxMessage
 * @typedef {{ shipmentId: string, orderRef: string, messages: Message[] }} Conversation
 */

/**
 * Folds a page of the inbox feed into conversations keyed by shipment, each message once (the
 * operator's own reply comes back through the feed too). Returns the shopper messages it had
 * not seen before, for the page to announce.
 * @param {Map<string, Conversation>} conversations
 * @param {InboxMessage[]} page
 * @returns {InboxMessage[]}
 */
export function foldMessages(conversations, page) {
  const fresh = []
  for (const { shipmentId, orderRef, ...message } of page) {
    let conversation = conversations.get(shipmentId)
    if (!conversation) conversations.set(shipmentId, (conversation = { shipmentId, orderRef, messages: [] }))
    if (conversation.messages.some((m) => m.id === message.id)) continue
    conversation.messages.push(message)
    if (message.author === 'shopper') fresh.push({ shipmentId, orderRef, ...message })
  }
  return fresh
}

/** @param {Conversation} conversation shopper messages nobody at the retailer has read */
export const unreadCount = (conversation) =>
  conversation.messages.filter((m) => m.author === 'shopper' && m.readAt === null).length

/** @param {Conversation} conversation */
export const latestShopperMessage = (conversation) => conversation.messages.findLast((m) => m.author === 'shopper')

/**
 * Conversations with the most recent message first.
 * @param {Map<string, Conversation>} conversations
 */
export const byLatest = (conversations) => {
  /** @param {Conversation} c */
  const latest = (c) => Math.max(0, ...c.messages.map((m) => Date.parse(m.createdAt)))
  return [...conversations.values()].sort((a, b) => latest(b) - latest(a))
}

/**
 * Records locally what the API was just told: the shopper's messages up to `upTo` are read.
 * @param {Conversation} conversation
 * @param {string} upTo a message id
 * @param {string} at
 */
export function markReadUpTo(conversation, upTo, at) {
  const end = conversation.messages.findIndex((m) => m.id === upTo)
  for (const m of conversation.messages.slice(0, end + 1)) if (m.author === 'shopper' && m.readAt === null) m.readAt = at
}
