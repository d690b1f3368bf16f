import { expect, it } from 'vitest'
import { concurrencyLimit } from './concurrency-limit.ts'

it('never runs more tasks at once than allowed, and runs them all', async () => {
  const limit = concurrencyLimit(2)
  let running = 0
  let peak = 0
  const task = () =>
    limit(async () => {
      running += 1
      peak = Math.max(peak, running)
      await new Promise((resolve) => setTimeout(resolve, 5))
      running -= 1
      return 'done'
    })
  const results = await Promise.all(Array.from({ length: 7 }, task))
  expect(peak).toBe(2)
  expect(results).toEqual(Array(7).fill('done'))
})
