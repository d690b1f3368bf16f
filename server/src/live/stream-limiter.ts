import type { StreamCaps } from '../config.ts'

/**
 * Counts the open streams of this instance. Kept in memory, not in the database: a stream is
 * held by the instance that opened it and ends with it.
 */
export function createStreamLimiter(caps: StreamCaps) {
  const byLink = new Map<string, number>()
  const byClient = new Map<string, number>()
  const add = (counts: Map<string, number>, key: string, delta: number) => {
    const next = (counts.get(key) ?? 0) + delta
    if (next === 0) counts.delete(key)
    else counts.set(key, next)
  }
  return {
    /** Reserves a stream: its release (call it once, when the stream ends), or undefined past a cap. */
    open(link: string, client: string): (() => void) | undefined {
      if ((byLink.get(link) ?? 0) >= caps.perLink || (byClient.get(client) ?? 0) >= caps.perClient) return undefined
      add(byLink, link, 1)
      add(byClient, client, 1)
      let released = false
      return () => {
        if (released) return
        released = true
        add(byLink, link, -1)
        add(byClient, client, -1)
      }
    },
  }
}

export type StreamLimiter = ReturnType<typeof createStreamLimiter>
