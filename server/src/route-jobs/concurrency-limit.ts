/**
 * At most `max` of the wrapped tasks run at once; the rest wait their turn in arrival order.
 * Background jobs hold database connections, sometimes while waiting on a row lock: bounded,
 * they can never take every connection from the requests that drivers and shoppers wait on.
 */
export function concurrencyLimit(max: number) {
  let active = 0
  const queue: Array<() => void> = []
  const release = () => {
    active -= 1
    queue.shift()?.()
  }
  return async <T>(task: () => Promise<T>): Promise<T> => {
    if (active >= max) await new Promise<void>((resolve) => queue.push(resolve))
    active += 1
    try {
      return await task()
    } finally {
      release()
    }
  }
}
