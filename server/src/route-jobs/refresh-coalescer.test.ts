import { expect, it } from 'vitest'
import { coalesce } from './refresh-coalescer.ts'

it('folds a burst of requests for one key into one run in flight and one after it', async () => {
  const runs: string[] = []
  let release: () => void = () => {}
  const { schedule } = coalesce(
    async (key) => {
      runs.push(key)
      if (runs.length === 1) await new Promise<void>((resolve) => (release = resolve))
    },
    () => {},
  )
  const first = schedule('route-a')
  const burst = [schedule('route-a'), schedule('route-a'), schedule('route-a')]
  const other = schedule('route-b')
  release()
  await Promise.all([first, ...burst, other])
  expect(runs).toEqual(['route-a', 'route-b', 'route-a'])
})

it('keeps going after a failed run and reports the failure', async () => {
  const errors: unknown[] = []
  let calls = 0
  const { schedule } = coalesce(async () => {
    calls += 1
    if (calls === 1) throw new Error('database blinked')
  }, (e) => errors.push(e))
  await schedule('r')
  await schedule('r')
  expect(calls).toBe(2)
  expect(errors).toHaveLength(1)
})

it('starts runs of one key at least the gap apart, folding what came in between', async () => {
  const starts: number[] = []
  const { schedule } = coalesce(async () => {
    starts.push(Date.now())
  }, () => {}, 80)
  await schedule('r')
  await Promise.all([schedule('r'), schedule('r'), schedule('r')])
  expect(starts).toHaveLength(2)
  expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(75)
})

it('on stop, starts a run waiting out its gap at once and settles when it is done', async () => {
  const starts: number[] = []
  const coalescer = coalesce(async () => {
    starts.push(Date.now())
  }, () => {}, 60_000)
  await coalescer.schedule('r')
  const waiting = coalescer.schedule('r')
  await coalescer.stop()
  await waiting
  expect(starts).toHaveLength(2)
  expect(starts[1]! - starts[0]!).toBeLessThan(1_000)
})
