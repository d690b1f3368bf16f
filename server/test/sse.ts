export type SseEvent = { id: string; event: string; data: unknown }

/**
 * Reads server-sent events from a streaming response as they arrive. `next()` resolves with the
 * next event, or rejects after `timeoutMs` so a missing event fails the test instead of hanging.
 */
export function sseReader(response: Response) {
  if (!response.body) throw new Error('no body to stream')
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  const queued: SseEvent[] = []
  let buffer = ''
  const pull = async (): Promise<void> => {
    const { value, done } = await reader.read()
    if (done) throw new Error('stream ended')
    buffer += value
    let end: number
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end)
      buffer = buffer.slice(end + 2)
      const fields = new Map<string, string>()
      for (const line of block.split('\n')) {
        if (line.startsWith(':')) continue
        const colon = line.indexOf(':')
        fields.set(line.slice(0, colon), line.slice(colon + 1).trimStart())
      }
      if (fields.has('data')) {
        queued.push({ id: fields.get('id') ?? '', event: fields.get('event') ?? 'message', data: JSON.parse(fields.get('data')!) })
      }
    }
  }
  return {
    async next(timeoutMs = 5_000): Promise<SseEvent> {
      const deadline = Date.now() + timeoutMs
      while (queued.length === 0) {
        const left = deadline - Date.now()
        if (left <= 0) throw new Error('no event in time')
        await Promise.race([pull(), new Promise((_, reject) => setTimeout(() => reject(new Error('no event in time')), left))])
      }
      return queued.shift()!
    },
    async take(count: number): Promise<SseEvent[]> {
      const events: SseEvent[] = []
      while (events.length < count) events.push(await this.next())
      return events
    },
    cancel: () => reader.cancel().catch(() => {}),
  }
}
