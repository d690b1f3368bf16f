import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type Socket, connect } from 'node:net'
import { serve } from '@hono/node-server'
import { Hono } from 'hono'
import { afterAll, afterEach, beforeAll, expect, it, vi } from 'vitest'
import { type EventSink, MAX_UNREAD_BYTES } from '../ports/event-streams.ts'
import { nodeEventStreams } from './node-event-streams.ts'

const bytes = (text: string) => new TextEncoder().encode(text)

// Each request's stream, as the source saw it: its sink, and how often it was stopped.
let opened: Array<{ sink: EventSink; stops: number }> = []
const app = new Hono()
app.use('*', async (c, next) => {
  c.header('X-Request-Id', 'req-1')
  await next()
})
app.get('/stream', (c) =>
  nodeEventStreams(c, { 'Content-Type': 'text/event-stream; charset=utf-8' }, (sink) => {
    const stream = { sink, stops: 0 }
    opened.push(stream)
    sink.write(bytes('retry: 1000\n\n'))
    return () => {
      stream.stops += 1
    }
  }),
)

let server: Server
let base: string
const sockets: Socket[] = []
beforeAll(async () => {
  server = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server))
  })
  server.on('connection', (socket: Socket) => sockets.push(socket))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(async () => {
  server.closeAllConnections()
  await new Promise((resolve) => server.close(resolve))
})
afterEach(() => {
  opened = []
  vi.restoreAllMocks()
})

async function readUntil(reader: ReadableStreamDefaultReader<Uint8Array>, text: string): Promise<string> {
  let seen = ''
  const decoder = new TextDecoder()
  while (!seen.includes(text)) {
    const { value, done } = await reader.read()
    if (done) throw new Error(`stream ended before ${JSON.stringify(text)}; had ${JSON.stringify(seen)}`)
    seen += decoder.decode(value, { stream: true })
  }
  return seen
}

/** A client on a bare socket, for what fetch hides: HTTP/1.0, not reading. */
function rawClient(request: string) {
  const { port } = server.address() as AddressInfo
  const socket = connect(port, '127.0.0.1')
  socket.write(request)
  const client = { socket, received: '' }
  socket.on('data', (chunk: Buffer) => {
    client.received += chunk.toString('latin1')
  })
  return client
}

// About a kilobyte a frame, so MAX_UNREAD_BYTES is a few dozen of them.
const LARGE_FRAME = bytes(`id: 1\ndata: ${'x'.repeat(1000)}\n\n`)

/** Writes large frames until the sink says the client is behind (or `most` are written): how many were. */
function writeUntilBehind(sink: EventSink, most: number): number {
  let written = 0
  while (written < most) {
    written += 1
    if (!sink.write(LARGE_FRAME)) break
  }
  return written
}

it("writes the source's frames to the socket, with the headers middleware set, until the source ends", async () => {
  const errors = vi.spyOn(console, 'error')
  const res = await fetch(`${base}/stream`)
  expect(res.status).toBe(200)
  expect(res.headers.get('Content-Type')).toBe('text/event-stream; charset=utf-8')
  expect(res.headers.get('X-Request-Id')).toBe('req-1')
  expect(res.headers.get('Transfer-Encoding')).toBe('chunked')
  const reader = res.body!.getReader()
  await readUntil(reader, 'retry: 1000\n\n')
  const [stream] = opened
  // One frame shared by two writes, as one event is shared by the streams of its shipment.
  const frame = bytes('id: 1\nevent: eta\ndata: {}\n\n')
  const socket = sockets.at(-1)!
  const before = socket.bytesWritten
  stream!.sink.write(frame)
  // Handed to the socket within the call: no read promise or deferred flush between.
  expect(socket.bytesWritten - before).toBe(frame.byteLength + '1b\r\n\r\n'.length)
  stream!.sink.write(frame)
  expect(await readUntil(reader, 'id: 1\nevent: eta\ndata: {}\n\nid: 1')).toContain('data: {}')
  stream!.sink.end()
  await expect(reader.read()).resolves.toMatchObject({ done: true })
  expect(stream!.stops).toBe(0)
  expect(errors).not.toHaveBeenCalled()
})

it('stops the source once when the client goes away, and drops what is written after', async () => {
  const res = await fetch(`${base}/stream`)
  const reader = res.body!.getReader()
  await readUntil(reader, 'retry')
  await reader.cancel()
  const [stream] = opened
  await expect.poll(() => stream!.stops).toBe(1)
  stream!.sink.write(bytes('id: 2\n\n'))
  stream!.sink.end()
  expect(stream!.stops).toBe(1)
})

it('sends an HTTP/1.0 client the frames unframed, until the connection closes', async () => {
  const client = rawClient('GET /stream HTTP/1.0\r\n\r\n')
  const closed = new Promise((resolve) => client.socket.once('close', resolve))
  await expect.poll(() => client.received.includes('retry: 1000')).toBe(true)
  opened[0]!.sink.write(bytes('id: 1\ndata: {}\n\n'))
  opened[0]!.sink.end()
  await closed
  const [head, body] = client.received.split('\r\n\r\n')
  expect(head).not.toMatch(/transfer-encoding/i)
  expect(body).toBe('retry: 1000\n\nid: 1\ndata: {}\n\n')
})

it('holds at most MAX_UNREAD_BYTES for a client that stops reading, and says when it has caught up', async () => {
  const client = rawClient('GET /stream HTTP/1.1\r\nHost: localhost\r\n\r\n')
  await expect.poll(() => opened.length).toBe(1)
  client.socket.pause()
  const { sink } = opened[0]!
  const socket = sockets.at(-1)!
  // The kernel's buffers take the first few megabytes whatever the client does.
  const sent = writeUntilBehind(sink, 20_000)
  expect(sent).toBeLessThan(20_000)
  expect(socket.writableLength).toBeGreaterThanOrEqual(MAX_UNREAD_BYTES)
  expect(socket.writableLength).toBeLessThan(MAX_UNREAD_BYTES + 2 * LARGE_FRAME.byteLength)

  let resumed = 0
  sink.drained(() => {
    resumed += 1
  })
  client.socket.resume()
  await expect.poll(() => resumed).toBe(1)
  await expect.poll(() => client.received.split('id: 1').length - 1).toBe(sent)
  client.socket.destroy()
})

it('answers with the web stream where there is no Node response', async () => {
  const res = await app.request('/stream')
  expect(res.headers.get('X-Request-Id')).toBe('req-1')
  expect(await readUntil(res.body!.getReader(), 'retry: 1000\n\n')).toBe('retry: 1000\n\n')
  opened[0]!.sink.end()
})

it('holds at most MAX_UNREAD_BYTES on the web stream too, and says when the reader has caught up', async () => {
  const res = await app.request('/stream')
  const { sink } = opened[0]!
  const sent = writeUntilBehind(sink, 1000)
  expect(sent).toBe(Math.floor(MAX_UNREAD_BYTES / LARGE_FRAME.byteLength) + 1)
  let resumed = 0
  sink.drained(() => {
    resumed += 1
  })
  expect(resumed).toBe(0)
  const reader = res.body!.getReader()
  const decoder = new TextDecoder()
  let taken = ''
  while (taken.split('id: 1').length - 1 < sent) taken += decoder.decode((await reader.read()).value, { stream: true })
  await expect.poll(() => resumed).toBe(1)
  sink.end()
})
