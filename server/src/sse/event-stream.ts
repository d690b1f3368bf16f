import type { Context } from 'hono'

/** Where one open stream's bytes go. Nothing may be written after `end`. */
export type EventSink = {
  /** Sends the bytes on at once: no promise and no copy per write, however many streams share them. */
  write(bytes: Uint8Array): void
  /** Ends the response (the client reconnects with `Last-Event-ID`). */
  end(): void
}

/**
 * Feeds one stream: starts writing to `sink` and returns what stops it, called once if the
 * client leaves before the source ends the stream itself.
 */
export type EventSource = (sink: EventSink) => () => void

/**
 * Answers with a `text/event-stream` body fed by `source`; `headers` join those middleware set.
 * The entry picks the implementation: the web one runs anywhere, the Node one writes to the
 * socket itself.
 */
export type EventStreams = (c: Context, headers: Record<string, string>, source: EventSource) => Response

/**
 * The portable stream: a plain ReadableStream fed by `enqueue`, read by the runtime's adapter
 * (one read promise per chunk per stream).
 */
export const webEventStreams: EventStreams = (c, headers, source) => {
  let stop = () => {}
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      stop = source({ write: (bytes) => controller.enqueue(bytes), end: () => controller.close() })
    },
    cancel() {
      stop()
    },
  })
  return c.body(body, 200, headers)
}
