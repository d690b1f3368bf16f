/**
 * Runs `work(key)` for each key at most once at a time. A request that arrives while its key is
 * running is folded into one more run after it, however many arrive: a burst of ping batches for
 * a route costs one run in flight plus one to come, not one each. With `minGapMs`, runs of a key
 * also start at least that far apart. The returned promise settles once a run that started
 * after the request has finished. `stop` is for shutdown: a run waiting out its gap starts at
 * once, so the last news is acted on before the database closes rather than lost.
 */
export function coalesce(work: (key: string) => Promise<void>, onError: (error: unknown) => void, minGapMs = 0) {
  const running = new Map<string, { again: boolean; done: Promise<void> }>()
  const lastStart = new Map<string, number>()
  const sleeping = new Set<() => void>()
  let stopping = false
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
        if (wait > 0 && !stopping) await sleep(wait, sleeping)
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
  const idle = () => Promise.all([...running.values()].map((e) => e.done)).then(() => {})
  return {
    schedule,
    idle,
    stop() {
      stopping = true
      for (const wake of sleeping) wake()
      return idle()
    },
  }
}

/** Resolves after `ms`, or sooner when the wake function it adds to `sleepers` is called. */
function sleep(ms: number, sleepers: Set<() => void>): Promise<void> {
  return new Promise((resolve) => {
    const wake = () => {
      clearTimeout(timer)
      sleepers.delete(wake)
      resolve()
    }
    const timer = setTimeout(wake, ms)
    sleepers.add(wake)
  })
}
