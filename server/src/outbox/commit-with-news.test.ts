import { expect, it } from 'vitest'
import { createShipment, createTenant } from '../../test/fixtures.ts'
import { describeWithDatabases } from '../../test/test-app.ts'
import { commitWithNews } from './commit-with-news.ts'
import type { LiveEvent } from '../ports/event-bus.ts'

describeWithDatabases('a change and its news', (get) => {
  const recording = () => {
    const published: LiveEvent[][] = []
    const woken: string[] = []
    const ctx = {
      db: get().database.db,
      bus: { ...get().deps.bus, publish: async (events: readonly LiveEvent[]) => void published.push([...events]) },
      webhooks: { nudge: () => void woken.push('webhooks') },
      pushes: { nudge: () => void woken.push('pushes') },
    }
    return { ctx, published, woken }
  }

  it('publishes its live events once committed and wakes the senders that got rows, and nothing of a change that rolled back', async () => {
    const { id } = await createShipment(get(), (await createTenant(get())).apiKey)
    const kept = recording()
    const seen: number[] = []
    const answer = await commitWithNews(kept.ctx, async (_tx, news) => {
      seen.push((await news.live(id, 'eta', { eta: null, stopsAway: 4 })).seq)
      seen.push((await news.live(id, 'eta', { eta: null, stopsAway: 3 })).seq)
      // Not published before the commit.
      expect(kept.published).toEqual([])
      news.queued('pushes')
      return 'done'
    })
    expect(answer).toBe('done')
    expect(kept.published.map((batch) => batch.map((e) => e.seq))).toEqual([seen])
    expect(kept.woken).toEqual(['pushes'])

    const dropped = recording()
    await expect(
      commitWithNews(dropped.ctx, async (_tx, news) => {
        await news.live(id, 'eta', { eta: null, stopsAway: 2 })
        news.queued('webhooks')
        throw new Error('refused')
      }),
    ).rejects.toThrow('refused')
    expect(dropped.published).toEqual([])
    expect(dropped.woken).toEqual([])
    // The rolled-back event took no number: the next one follows the kept ones.
    const next = recording()
    await commitWithNews(next.ctx, (_tx, news) => news.live(id, 'eta', { eta: null, stopsAway: 1 }))
    expect(next.published[0]?.[0]?.seq).toBe(seen.at(-1)! + 1)
  })
})
