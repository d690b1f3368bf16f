/**
 * Runs `work(key)` for each key at most once at a time. A request that arrives while its key is
 * running is folded into one more run after it, however many arrive: a burst of ping batches for
 * a route costs one run in flight plus one to come, not one each. With `minGapMs`, runs of a key
 * also start at least that far apart. The returned promise settles once a run that started
 * after the request has finished.
 */
export function coalesce(work: (key: string) => Promise<void>, onError: (error: unknown) => void, minGapMs = 0) {
  const running = new Map<string, { again: boolean; done: Promise<void> }>()
  const lastStart = new Map<string, number>()
  const schedule = (key: string): Promise<void> => {
    const current = running.get(key)
    if (current) {
      current.again = true
      return current.done
    }
    const entry = { again: false, done: Promise.resolve() }
    entry.done = (async () => {
      do {
        const wait = (lastStart.get(key) ?? Number.NEGATIVE_INFINITY) + minGapMs - Date.now()
        if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
        // What arrived while waiting is served by this run.
        entry.again = false
        lastStart.set(key, Date.now())
        try {
          await work(key)
        } catch (error) {
          onError(error)
        }
      } while (entry.again)
      running.delete(key)
      if (minGapMs > 0) setTimeout(() => running.has(key) || lastStart.delete(key), minGapMs).unref?.()
    })()
    running.set(key, entry)
    return entry.done
  }
  return { schedule, idle: () => Promise.all([...running.values()].map((e) => e.done)).then(() => {}) }
}
