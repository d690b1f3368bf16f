/**
 * Runs `work(key)` for each key at most once at a time. A request that arrives while its key is
 * running is folded into one more run after it, however many arrive: a burst of ping batches for
 * a route costs one refresh in flight plus one to come, not one each. The returned promise
 * settles once a run that started after the request has finished.
 */
export function coalesce(work: (key: string) => Promise<void>, onError: (error: unknown) => void) {
  const running = new Map<string, { again: boolean; done: Promise<void> }>()
  const schedule = (key: string): Promise<void> => {
    const current = running.get(key)
    if (current) {
      current.again = true
      return current.done
    }
    const entry = { again: false, done: Promise.resolve() }
    entry.done = (async () => {
      do {
        entry.again = false
        try {
          await work(key)
        } catch (error) {
          onError(error)
        }
      } while (entry.again)
      running.delete(key)
    })()
    running.set(key, entry)
    return entry.done
  }
  return { schedule, idle: () => Promise.all([...running.values()].map((e) => e.done)).then(() => {}) }
}
