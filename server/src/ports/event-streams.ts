import type { Context } from 'hono'

/**
 * A client this far behind (bytes written and not yet taken) gets no more until it catches up:
 * a phone in a tunnel must not make the server hold a day of positions for it. Its events wait
 * in the database, where a reconnect would find them too.
 */
export const MAX_UNREAD_BYTES = 64 * 1024

/** Where one open stream's bytes go. Nothing may be written after `end`. */
export type EventSink = {
  /**
   * Sends the bytes on at once: no promise and no copy per write, however many streams share
   * them. False once the client is MAX_UNREAD_BYTES behind: write nothing more until `drained`.
   */
  write(bytes: Uint8Array): boolean
  /** Calls `resume` once, when the client has taken what it was behind on. */
  drained(resume: () => void): void
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
