import { aTimeout, defineCE, expect, waitUntil } from '@open-wc/testing'
import { LitElement } from 'lit'
import { inTransitNewYork, problem } from '../../test/fixtures/tracking-views.js'
import { freshToken, hitsFor, scriptTrack, type MockAnswer } from '../../test/mock-api.ts'
import { TrackingController } from './tracking-controller.ts'

const REFRESH_MS = 100

class PollingHost extends LitElement {
  readonly errors: string[] = []
  readonly tracking = new TrackingController(this, {
    refreshMs: REFRESH_MS,
    onError: (code) => this.errors.push(code),
  })
}
const tag = defineCE(PollingHost)

async function polling(
  token: string,
  answers: readonly MockAnswer[] = [{ status: 200, body: inTransitNewYork }],
): Promise<PollingHost> {
  await scriptTrack(token, answers)
  const host = document.createElement(tag) as PollingHost
  document.body.append(host)
  host.tracking.track(location.origin, token)
  await waitUntil(() => host.tracking.state.kind === 'ready', 'never loaded')
  return host
}

const fetchesDuring = async (token: string, ms: number) => {
  const before = await hitsFor(token)
  await aTimeout(ms)
  return (await hitsFor(token)) - before
}

describe('TrackingController', () => {
  afterEach(() => {
    document.querySelectorAll(tag).forEach((host) => host.remove())
    // Drops the `hidden` override below, back to the real document state.
    delete (document as { visibilityState?: unknown }).visibilityState
  })

  it('fetches again on its interval while the page is visible', async () => {
    const token = freshToken('poll')
    await polling(token)
    expect(await fetchesDuring(token, REFRESH_MS * 4)).to.be.at.least(2)
  })

  it('stops fetching once its host leaves the page', async () => {
    const token = freshToken('poll')
    const host = await polling(token)
    host.remove()
    expect(await fetchesDuring(token, REFRESH_MS * 4)).to.equal(0)
  })

  it('pauses while the page is hidden and catches up when it is shown', async () => {
    const token = freshToken('poll')
    await polling(token)
    Object.defineProperty(document, 'visibilityState', { configurable: true, value: 'hidden' })
    document.dispatchEvent(new Event('visibilitychange'))
    expect(await fetchesDuring(token, REFRESH_MS * 4)).to.equal(0)

    delete (document as { visibilityState?: unknown }).visibilityState
    const before = await hitsFor(token)
    document.dispatchEvent(new Event('visibilitychange'))
    await waitUntil(async () => (await hitsFor(token)) > before, 'did not catch up')
  })

  it('keeps retrying after an error, and recovers without repeating the error', async () => {
    const unavailable = { status: 503, body: problem(503, 'service_unavailable') }
    const host = await polling(freshToken('recovering'), [
      unavailable,
      unavailable,
      { status: 200, body: inTransitNewYork },
    ])
    expect(host.errors).to.deep.equal(['service_unavailable'])
  })
})
