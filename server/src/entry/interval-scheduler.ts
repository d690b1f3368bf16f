import type { Logger } from '../ports/logger.ts'
import type { Scheduler } from '../ports/scheduler.ts'
import { loggableError } from '../errors/loggable-error.ts'

/**
 * Runs periodic tasks on timers. A run still going when the next is due is not doubled up;
 * a failing run is logged and the next one tries again. Stopping waits for the runs under way
 * and for the app's work off requests, so none of it meets a closed database.
 */
export function createIntervalScheduler(logger: Logger): Scheduler & { stop(): Promise<void> } {
  const timers: Array<ReturnType<typeof setInterval>> = []
  const running = new Set<Promise<void>>()
  const finishing: Array<() => Promise<void>> = []
  return {
    every(name, ms, task) {
      let busy = false
      const timer = setInterval(() => {
        if (busy) return
        busy = true
        const run = task()
          .catch((error: unknown) => logger.error(`${name} failed`, loggableError(error)))
          .finally(() => {
            busy = false
            running.delete(run)
          })
        running.add(run)
      }, ms)
      // A periodic chore must not keep the process alive on its own.
      if (typeof timer === 'object' && 'unref' in timer) timer.unref()
      timers.push(timer)
    },
    settleOnStop(finish) {
      finishing.push(finish)
    },
    async stop() {
      for (const timer of timers) clearInterval(timer)
      await Promise.all(running)
      await Promise.all(finishing.map((finish) => finish()))
    },
  }
}
