import { type EventStreams, MAX_UNREAD_BYTES } from '../ports/event-streams.ts'

/**
 * The portable stream: a plain ReadableStream fed by `enqueue`, read by the runtime's adapter
 * (one read promise per chunk per stream).
 */
export const webEventStreams: EventStreams = (c, headers, source) => {
  let stop = () => {}
  let resume: (() => void) | undefined
  const body = new ReadableStream<Uint8Array>(
    {
      start(controller) {
        stop = source({
          write(bytes) {
            controller.enqueue(bytes)
            return (controller.desiredSize ?? 1) > 0
          },
          drained(callback) {
            resume = callback
          },
          end: () => controller.close(),
        })
      },
      // Called whenever the queue falls below its high-water mark: the reader has caught up.
      pull() {
        const callback = resume
        resume = undefined
        callback?.()
      },
      cancel() {
        stop()
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: MAX_UNREAD_BYTES }),
  )
  return c.body(body, 200, headers)
}
