import type { InboxMessage } from '@porchlight/shared'
import { expect, it } from 'vitest'
import { type Conversation, byLatest, foldMessages, latestShopperMessage, markReadUpTo, unreadCount } from './inbox-state.js'

const message = (id: string, shipmentId: string, author: InboxMessage['author'], minute: number): InboxMessage => ({
  id,
  shipmentId,
  orderRef: `ORDER-${shipmentId}`,
  author,
  body: `message ${id}`,
  createdAt: new Date(Date.UTC(2026, 10, 21, 9, minute)).toISOString(),
  readAt: null,
})

it('groups the feed by shipment, counts unread shopper messages and keeps each message once', () => {
  const inbox = new Map<string, Conversation>()
  const fresh = foldMessages(inbox, [message('1', 'a', 'shopper', 0), message('2', 'b', 'shopper', 1), message('3', 'a', 'support', 2)])
  expect(fresh.map((m) => m.id)).toEqual(['1', '2'])
  // The operator's own reply arrives through the feed after the POST answered it.
  expect(foldMessages(inbox, [message('3', 'a', 'support', 2), message('4', 'a', 'shopper', 3)]).map((m) => m.id)).toEqual(['4'])
  const a = inbox.get('a')!
  expect(a.orderRef).toBe('ORDER-a')
  expect(a.messages.map((m) => m.id)).toEqual(['1', '3', '4'])
  expect(unreadCount(a)).toBe(2)
  expect(latestShopperMessage(a)?.id).toBe('4')
})

it('puts the conversation with the newest message first', () => {
  const inbox = new Map<string, Conversation>()
  foldMessages(inbox, [message('1', 'a', 'shopper', 0), message('2', 'b', 'shopper', 5), message('3', 'a', 'shopper', 9)])
  expect(byLatest(inbox).map((c) => c.shipmentId)).toEqual(['a', 'b'])
})

it('marks read the shopper messages up to the one the operator saw, and no later one', () => {
  const inbox = new Map<string, Conversation>()
  foldMessages(inbox, [message('1', 'a', 'shopper', 0), message('2', 'a', 'driver', 1), message('3', 'a', 'shopper', 2), message('4', 'a', 'shopper', 3)])
  const a = inbox.get('a')!
  markReadUpTo(a, '3', '2026-11-21T09:10:00.000Z')
  expect(a.messages.map((m) => m.readAt)).toEqual(['2026-11-21T09:10:00.000Z', null, '2026-11-21T09:10:00.000Z', null])
  expect(unreadCount(a)).toBe(1)
})
