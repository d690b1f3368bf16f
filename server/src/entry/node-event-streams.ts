import { ServerResponse } from 'node:http'
import { RESPONSE_ALREADY_SENT } from '@hono/node-server/utils/response'
import { webEventStreams } from '../live/event-stream.ts'
import { type EventStreams, MAX_UNREAD_BYTES } from '../ports/event-streams.ts'

const CRLF = Buffer.from('\r\n')

// One event's frame goes to every stream of its shipment: wrap it as an HTTP/1.1 chunk once,
// so that each stream costs a single write of shared bytes.
const chunks = new WeakMap<Uint8Array, Buffer>()
function chunk(bytes: Uint8Array): Buffer {
  let framed = chunks.get(bytes)
  if (!framed) {
    framed = Buffer.concat([Buffer.from(`${bytes.byteLength.toString(16)}\r\n`, 'latin1'), bytes, CRLF])
    chunks.set(bytes, framed)
  }
  return framed
}

/**
 * Server-sent events written by the handler to the connection's socket, in the bus callback
 * that brought them: one `write` (one syscall) a frame a stream. Through the web stream the
 * adapter spends a read promise, a cork, a deferred uncork and a four-part writev on each
 * frame of each stream, and no socket is written until every stream's frame has been read.
 * Measured with ten thousand streams (bench/src/fanout, 2 cores): about 26 µs a stream that
 * way, 13 µs this way, nearly all of it the kernel's; p99 post-to-receipt 250-310 ms → 130-150.
 *
 * The response has left when the handler returns, so middleware must set its headers before
 * the handler runs (as all of ours do). Where the connection is not this response's alone (a
 * pipelined request waiting its turn, HTTP/2) or there is no Node response (`app.request()`),
 * the web stream answers instead.
 */
export const nodeEventStreams: EventStreams = (c, headers, source) => {
  const outgoing: unknown = (c.env as { outgoing?: unknown } | undefined)?.outgoing
  if (!(outgoing instanceof ServerResponse) || !outgoing.socket || outgoing.headersSent || c.req.method !== 'GET') {
    return webEventStreams(c, headers, source)
  }
  const socket = outgoing.socket
  // The headers middleware set on the context (request id, CORS, caching), with the stream's.
  c.body(null, 200, headers).headers.forEach((value, name) => outgoing.appendHeader(name, value))
  outgoing.writeHead(200)
  outgoing.flushHeaders()
  // An HTTP/1.0 client gets no chunked framing: the body runs until the connection closes.
  const framed = outgoing.chunkedEncoding ? chunk : (bytes: Uint8Array) => bytes
  let open = true
  const stop = source({
    write(bytes) {
      if (open) socket.write(framed(bytes))
      return socket.writableLength < MAX_UNREAD_BYTES
    },
    // Past MAX_UNREAD_BYTES the socket's own high-water mark is passed too, so it will drain.
    drained(resume) {
      if (socket.writableLength === 0) queueMicrotask(resume)
      else socket.once('drain', resume)
    },
    end() {
      if (!open) return
      open = false
      outgoing.end()
    },
  })
  outgoing.once('close', () => {
    if (!open) return
    open = false
    stop()
  })
  return RESPONSE_ALREADY_SENT
}
