import { aTimeout, expect, oneEvent, waitUntil } from '@open-wc/testing'
import type { Feedback, TrackingView } from '@porchlight/shared'
import '../../../index.ts'
import { chatting, deliveredNewYork } from '../../../../test/fixtures/conversation.js'
import { press } from '../../../../test/keyboard.ts'
import { trackerOf } from '../../../../test/manage-panel.ts'
import {
  callsTo,
  conversing,
  scriptConversation,
  setUpConversation,
} from '../../../../test/mock-conversation.ts'
import { part, parts, readable } from '../../../../test/tracker.ts'
import type { PorchlightTracker } from '../porchlight-tracker.ts'

/** Editable until Tuesday 26 November 2030, 10:00 in New York (EST, UTC−5). */
const leftEarlier: Feedback = {
  rating: 2,
  tags: ['late'],
  comment: null,
  editableUntil: '2030-11-26T15:00:00Z',
}

const withFeedback = (feedback: Feedback, open = true): TrackingView => ({
  ...deliveredNewYork,
  feedback,
  capabilities: { ...deliveredNewYork.capabilities, feedback: open },
})

async function feedbackOf(name: string, view: TrackingView = deliveredNewYork) {
  const token = await conversing(name, { view })
  const tracker = await trackerOf(token)
  await waitUntil(() => part(tracker, 'feedback'), 'no feedback section', { timeout: 3000 })
  return { token, tracker }
}

const star = (tracker: PorchlightTracker, rating: number) =>
  tracker.shadowRoot!.querySelector<HTMLInputElement>(`input[name="rating"][value="${rating}"]`)!

const tag = (tracker: PorchlightTracker, value: string) =>
  tracker.shadowRoot!.querySelector<HTMLInputElement>(`input[name="tags"][value="${value}"]`)!

const sent = async (token: string) => (await callsTo(token, 'POST', 'feedback')).map(({ body }) => body)

const alerted = async (tracker: PorchlightTracker) => {
  await waitUntil(() => part(tracker, 'feedback-error'), 'no alert')
  expect(part(tracker, 'feedback-error')?.getAttribute('role')).to.equal('alert')
  return readable(part(tracker, 'feedback-error'))
}

describe('<porchlight-tracker> feedback', () => {
  it('is not asked for before delivery', async () => {
    const tracker = await trackerOf(await conversing('not-yet', { view: chatting }))
    await aTimeout(100)
    expect(part(tracker, 'feedback')).to.equal(null)
  })

  it('rates with named stars, tags and a comment, then thanks with what was said', async () => {
    const { token, tracker } = await feedbackOf('submit')
    expect(readable(part(tracker, 'feedback')?.querySelector('h3'))).to.equal('How did we do?')
    const names = parts(tracker, 'feedback-star').map(
      (label) => label.querySelector('.visually-hidden')?.textContent,
    )
    expect(names).to.deep.equal(['1 star', '2 stars', '3 stars', '4 stars', '5 stars'])
    parts(tracker, 'feedback-star')[3]!.click()
    tag(tracker, 'on_time').click()
    tag(tracker, 'friendly_driver').click()
    const comment = part(tracker, 'feedback-comment') as HTMLTextAreaElement
    comment.value = 'Lovely, thank you'
    comment.dispatchEvent(new Event('input', { bubbles: true, composed: true }))
    const fired = oneEvent(tracker, 'porchlight-feedback')
    part(tracker, 'feedback-submit')!.click()

    expect((await fired).detail).to.deep.equal({ rating: 4 })
    expect(await sent(token)).to.deep.equal([
      { rating: 4, tags: ['on_time', 'friendly_driver'], comment: 'Lovely, thank you' },
    ])
    const shown = readable(part(tracker, 'feedback'))
    expect(shown).to.contain('Thanks for your feedback. ★★★★☆ Your rating: 4 stars On time Friendly driver')
    expect(shown).to.contain('Lovely, thank you')
    expect(shown).to.match(/You can change this until \w{3} \d{1,2} \w{3}, \d\d:\d\d Edit$/)
    expect(part(tracker, 'feedback-case')).to.equal(null)
    expect(tracker.shadowRoot!.activeElement?.id).to.equal('feedback-heading')
  })

  it('offers Edit until editableUntil, on the address’s clock, and saves the change', async () => {
    const { token, tracker } = await feedbackOf('edit', withFeedback(leftEarlier))
    expect(readable(part(tracker, 'feedback'))).to.equal(
      'How did we do? Thanks for your feedback. ★★☆☆☆ Your rating: 2 stars Late ' +
        'You can change this until Tue 26 Nov, 10:00 Edit',
    )
    part(tracker, 'feedback-edit')!.click()
    await waitUntil(() => star(tracker, 2)?.checked, 'the form did not open on what was said')
    expect(tag(tracker, 'late').checked).to.equal(true)
    expect(tracker.shadowRoot!.activeElement).to.equal(star(tracker, 2))
    star(tracker, 5).click()
    tag(tracker, 'late').click()
    part(tracker, 'feedback-submit')!.click()
    await waitUntil(() => readable(part(tracker, 'feedback')).includes('5 stars'), 'not saved')
    expect(await sent(token)).to.deep.equal([{ rating: 5, tags: [] }])
  })

  it('is read-only once frozen', async () => {
    const frozen = { ...leftEarlier, editableUntil: '2026-01-01T00:00:00Z' }
    const { tracker } = await feedbackOf('frozen', withFeedback(frozen, false))
    expect(readable(part(tracker, 'feedback'))).to.equal(
      'How did we do? Thanks for your feedback. ★★☆☆☆ Your rating: 2 stars Late',
    )
    expect(part(tracker, 'feedback-edit')).to.equal(null)
    expect(tracker.shadowRoot!.querySelector('input[name="rating"]')).to.equal(null)
  })

  it('says the shop will look into a parcel that did not arrive', async () => {
    const { tracker } = await feedbackOf('case')
    star(tracker, 1).click()
    tag(tracker, 'not_received').click()
    part(tracker, 'feedback-submit')!.click()
    await waitUntil(() => part(tracker, 'feedback-case'), 'no case note')
    expect(readable(part(tracker, 'feedback-case'))).to.equal(
      'We’ve told Hudson & Pine; they’ll look into it.',
    )
  })

  it('says why feedback cannot be left yet, keeping what was entered', async () => {
    const { token, tracker } = await feedbackOf('not-open')
    await scriptConversation(token, 'feedback', [{ status: 409, code: 'feedback_not_open' }])
    star(tracker, 3).click()
    part(tracker, 'feedback-submit')!.click()
    expect(await alerted(tracker)).to.equal('You can rate your delivery once it has arrived.')
    expect(star(tracker, 3).checked).to.equal(true)
  })

  it('says so, and shows what was said read-only, when a change comes too late', async () => {
    const { token, tracker } = await feedbackOf('too-late', withFeedback(leftEarlier))
    part(tracker, 'feedback-edit')!.click()
    await waitUntil(() => star(tracker, 4), 'no form')
    const frozen = { ...leftEarlier, editableUntil: '2026-01-01T00:00:00Z' }
    await setUpConversation(token, { view: withFeedback(frozen, false) })
    star(tracker, 4).click()
    part(tracker, 'feedback-submit')!.click()
    expect(await alerted(tracker)).to.equal('This feedback can no longer be changed.')
    await waitUntil(() => part(tracker, 'feedback-edit') === null, 'Edit stayed')
    expect(readable(part(tracker, 'feedback'))).to.contain('Your rating: 2 stars')
    expect(tracker.shadowRoot!.querySelector('input[name="rating"]')).to.equal(null)
  })

  it('takes a rating from the arrow keys, as any radio group', async () => {
    const { token, tracker } = await feedbackOf('arrows')
    star(tracker, 1).focus()
    await press('Space')
    await press('ArrowRight')
    await press('ArrowRight')
    expect(star(tracker, 3).checked).to.equal(true)
    expect(parts(tracker, 'feedback-star').map((label) => label.classList.contains('on'))).to.deep.equal(
      [true, true, true, false, false],
    )
    // Shown by shape as well as colour.
    const drawn = parts(tracker, 'feedback-star').map(
      (label) => label.querySelector('[aria-hidden="true"]')?.textContent,
    )
    expect(drawn.join('')).to.equal('★★★☆☆')
    part(tracker, 'feedback-submit')!.click()
    await waitUntil(async () => (await sent(token)).length === 1, 'not sent')
    expect((await sent(token))[0]).to.deep.equal({ rating: 3, tags: [] })
  })
})
