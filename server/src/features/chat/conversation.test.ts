import type { Conversation, Inbox, Message, Problem, TrackingView } from '@porchlight/shared'
import { beforeAll, expect, it } from 'vitest'
import { createShipment, createTenant, postEvent, shopper } from '../../../test/fixtures.ts'
import { sseReader } from '../../../test/sse.ts'
import { describeWithDatabases } from '../../../test/test-app.ts'

const MARKUP = '<img src=x onerror=alert(1)> <b>hi</b>'

describeWithDatabases('chat between the shopper and the driver or support', (get) => {
  let apiKey: string
  beforeAll(async () => {
    apiKey = (await createTenant(get())).apiKey
  })

  const retailer = (method: string, path: string, body?: unknown) =>
    get().call(method, path, { token: apiKey, ...(body === undefined ? {} : { body }) })

  it("carries the shopper's message to the retailer and the reply live to the shopper's page, as plain text", async () => {
    const { id, trackingToken } = await createShipment(get(), apiKey)
    const as = shopper(get(), trackingToken)
    const sent = await as('POST', '/messages', { body: MARKUP })
    expect(sent.status).toBe(201)
    const mine = (await sent.json()) as Message
    expect(mine).toMatchObject({ author: 'shopper', body: MARKUP, readAt: null })

    const seen = (await (await retailer('GET', `/v1/shipments/${id}/messages`)).json()) as Conversation
    expect(seen).toEqual({ messages: [mine], open: true, closesAt: null })

    const stream = sseReader(await get().call('GET', `/v1/track/${trackingToken}/stream`))
    try {
      const reply = await retailer('POST', `/v1/shipments/${id}/messages`, { author: 'driver', body: "I'm 5 minutes away" })
      expect(reply.status).toBe(201)
      const event = await stream.next()
      expect(event).toMatchObject({ event: 'message', data: { message: { author: 'driver', body: "I'm 5 minutes away" } } })
    } finally {
      await stream.cancel()
    }
  })

  it('shows each side when the other has read its messages', async () => {
    const { id, trackingToken } = await createShipment(get(), apiKey)
    const as = shopper(get(), trackingToken)
    const mine = (await (await as('POST', '/messages', { body: "I'm home" })).json()) as Message
    expect((await retailer('POST', `/v1/shipments/${id}/messages/read`, { upTo: mine.id })).status).toBe(204)
    const theirs = (await (await retailer('POST', `/v1/shipments/${id}/messages`, { author: 'support', body: 'Noted' })).json()) as Message
    expect((await as('POST', '/messages/read', { upTo: theirs.id })).status).toBe(204)
    const conversation = (await (await as('GET', '/messages')).json()) as Conversation
    expect(conversation.messages.map((m) => [m.author, m.readAt])).toEqual([
      ['shopper', '2026-11-21T09:00:00.000Z'],
      ['support', '2026-11-21T09:00:00.000Z'],
    ])
    const wrong = await as('POST', '/messages/read', { upTo: 'msg_of_someone_else' })
    expect(wrong.status).toBe(400)
  })

  it('closes the conversation once the delivery is over and its grace period has passed', async () => {
    const { id, trackingToken } = await createShipment(get(), apiKey)
    const as = shopper(get(), trackingToken)
    await postEvent(get(), apiKey, id, { type: 'delivered', at: '2026-11-20T09:00:00Z' })
    // Delivered yesterday at 09:00: the default 24 h grace ends right now.
    const conversation = (await (await as('GET', '/messages')).json()) as Conversation
    expect(conversation).toMatchObject({ open: false, closesAt: '2026-11-21T09:00:00.000Z' })
    const res = await as('POST', '/messages', { body: 'Where is it?' })
    expect(res.status).toBe(409)
    expect(((await res.json()) as Problem).code).toBe('chat_closed')
    expect(((await (await as('GET', '')).json()) as TrackingView).capabilities.chat).toBe(false)
    expect((await retailer('POST', `/v1/shipments/${id}/messages`, { author: 'support', body: 'Hello?' })).status).toBe(409)
  })

  it('limits a shopper to ten messages a minute, saying when to retry, and writes nothing past it', async () => {
    const as = shopper(get(), (await createShipment(get(), apiKey)).trackingToken)
    for (let i = 0; i < 10; i++) expect((await as('POST', '/messages', { body: `message ${i}` })).status).toBe(201)
    const before = await get().rowCounts()
    const res = await as('POST', '/messages', { body: 'one too many' })
    expect(res.status).toBe(429)
    expect(((await res.json()) as Problem).code).toBe('rate_limited')
    expect(Number(res.headers.get('Retry-After'))).toBeGreaterThan(0)
    expect(res.headers.get('RateLimit-Policy')).toBe('10;w=60')
    expect((await get().rowCounts()).messages).toBe(before.messages)
  })

  it("keeps a token to its own conversation and a tenant to its own shipments", async () => {
    const mine = await createShipment(get(), apiKey)
    await shopper(get(), mine.trackingToken)('POST', '/messages', { body: 'private' })
    const other = await createShipment(get(), apiKey)
    const theirs = (await (await shopper(get(), other.trackingToken)('GET', '/messages')).json()) as Conversation
    expect(theirs.messages).toEqual([])
    const stranger = (await createTenant(get(), { name: 'Stranger' })).apiKey
    const res = await get().call('GET', `/v1/shipments/${mine.id}/messages`, { token: stranger })
    expect(res.status).toBe(404)
    const write = await get().call('POST', `/v1/shipments/${mine.id}/messages`, { token: stranger, body: { author: 'support', body: 'hi' } })
    expect(write.status).toBe(404)
  })

  it("pages the tenant's inbox so a poller sees each message once", async () => {
    const first = (await (await retailer('GET', '/v1/messages?limit=200')).json()) as Inbox
    const { trackingToken, orderRef } = await createShipment(get(), apiKey)
    await shopper(get(), trackingToken)('POST', '/messages', { body: 'Running late?' })
    const next = (await (await retailer('GET', `/v1/messages?after=${first.cursor}`)).json()) as Inbox
    expect(next.messages).toEqual([expect.objectContaining({ body: 'Running late?', orderRef, author: 'shopper' })])
    const again = (await (await retailer('GET', `/v1/messages?after=${next.cursor}`)).json()) as Inbox
    expect(again.messages).toEqual([])
    expect(again.cursor).toBe(next.cursor)
  })
})
