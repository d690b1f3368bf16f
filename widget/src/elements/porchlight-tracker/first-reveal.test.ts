import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing'
import '../../index.ts'
import { deliveredNewYork } from '../../../test/fixtures/conversation.js'
import { freshToken, scriptTrack } from '../../../test/mock-api.ts'
import { part } from '../../../test/tracker.ts'
import type { PorchlightTracker } from './porchlight-tracker.ts'

describe('<porchlight-tracker> first showing a delivery', () => {
  it('shows "How did we do?" with the rest, not after it: nothing moves once shown', async () => {
    const token = freshToken('first-reveal')
    await scriptTrack(token, [{ status: 200, body: deliveredNewYork }])
    const tracker = fixtureSync<PorchlightTracker>(
      html`<porchlight-tracker token=${token} locale="en-GB"></porchlight-tracker>`,
    )
    // Every render the shadow root commits, as the shopper would see it.
    const firstShown: Array<{ feedback: boolean }> = []
    const observer = new MutationObserver(() => {
      if (firstShown.length === 0 && part(tracker, 'status')) {
        firstShown.push({ feedback: part(tracker, 'feedback') !== null })
      }
    })
    observer.observe(tracker.shadowRoot!, { childList: true, subtree: true })
    await waitUntil(() => part(tracker, 'feedback-star'), 'the feedback form never showed')
    observer.disconnect()
    expect(firstShown).to.deep.equal([{ feedback: true }])
  })
})
