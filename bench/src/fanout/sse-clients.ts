import { Agent, get } from 'node:http'

export type StreamClients = {
  /** Resolves with each client's receipt time (ms, performance.now()) of the first chunk holding `marker`. */
  waitFor(marker: string, timeoutMs: number): Promise<number[]>
  close(): void
}

/**
 * Holds `count` server-sent-event connections open, spread over `urls`, and notes when each
 * sees a given text. Deliberately minimal: it looks for the marker in the raw chunks.
 */
export async function openStreamClients(urls: string[], count: number): Promise<StreamClients> {
  const agent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY })
  const clients: Array<{ destroy(): void }> = []
  let listeners: Array<(index: number, chunk: string) => void> = []
  const opening: Array<Promise<void>> = []
  for (let i = 0; i < count; i++) {
    const index = i
    opening.push(
      new Promise<void>((resolve, reject) => {
        const request = get(urls[i % urls.length]!, { agent, headers: { Accept: 'text/event-stream' } }, (response) => {
          if (response.statusCode !== 200) return reject(new Error(`stream ${index}: ${response.statusCode}`))
          response.setEncoding('utf8')
          response.on('data', (chunk: string) => {
            for (const listener of listeners) listener(index, chunk)
          })
          resolve()
        })
        request.on('error', reject)
        clients.push({ destroy: () => request.destroy() })
      }),
    )
    // Open in waves so the server's accept queue (somaxconn) is never overrun.
    if (opening.length % 500 === 0) await Promise.all(opening.slice(-500))
  }
  await Promise.all(opening)
  return {
    waitFor(marker, timeoutMs) {
      return new Promise((resolve) => {
        const times: number[] = []
        const seen = new Set<number>()
        const listener = (index: number, chunk: string) => {
          if (seen.has(index) || !chunk.includes(marker)) return
          seen.add(index)
          times.push(performance.now())
          if (seen.size === count) done()
        }
        const timer = setTimeout(() => done(), timeoutMs)
        const done = () => {
          clearTimeout(timer)
          listeners = listeners.filter((l) => l !== listener)
          resolve(times)
        }
        listeners.push(listener)
      })
    },
    close() {
      for (const client of clients) client.destroy()
      agent.destroy()
    },
  }
}
