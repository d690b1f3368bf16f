import { expect, fixtureSync, html, oneEvent, waitUntil } from '@open-wc/testing'
import '../../../index.ts'
import { lookupsWith, shopWith, type LookupAnswer } from '../../../../test/mock-lookup.ts'
import { part, parts, readable, settled } from '../../../../test/tracker.ts'
import type { PorchlightTracker } from '../porchlight-tracker.ts'

const LONDON = { orderRef: 'KB-77', postcode: 'N1 9GU', trackingToken: 'out-for-delivery-london' }

const lookingUp = (publishableKey: string) =>
  settled(
    fixtureSync<PorchlightTracker>(
      html`<porchlight-tracker
        publishable-key=${publishableKey}
        locale="en-GB"
      ></porchlight-tracker>`,
    ),
  )

const field = (tracker: PorchlightTracker, name: string) =>
  tracker.shadowRoot!.querySelector<HTMLInputElement>(`input[name="${name}"]`)!

/** Fills the form in and sends it, as a shopper would with the button. */
function find(tracker: PorchlightTracker, orderRef: string, postcode: string): void {
  field(tracker, 'orderRef').value = orderRef
  field(tracker, 'postcode').value = postcode
  part(tracker, 'lookup-submit')!.click()
}

async function refusedWith(answers: LookupAnswer[]): Promise<PorchlightTracker> {
  const tracker = await lookingUp(await shopWith([LONDON], answers))
  find(tracker, 'KB-77', 'N1 9GU')
  return tracker
}

const alerted = async (tracker: PorchlightTracker) => {
  await waitUntil(() => part(tracker, 'lookup-error'), 'no alert', { timeout: 3000 })
  expect(part(tracker, 'lookup-error')?.getAttribute('role')).to.equal('alert')
  return readable(part(tracker, 'lookup-error'))
}

describe('<porchlight-tracker publishable-key> with no token', () => {
  it('asks for the order number and the postcode, in labelled fields', async () => {
    const tracker = await lookingUp(await shopWith([LONDON]))
    expect(readable(part(tracker, 'lookup')?.querySelector('h2'))).to.equal('Find your delivery')
    const labels = parts(tracker, 'lookup-input').map((input) =>
      readable((input as HTMLInputElement).labels?.[0]),
    )
    expect(labels).to.deep.equal(['Order number', 'Postcode'])
    expect(readable(part(tracker, 'lookup-submit'))).to.equal('Find my delivery')
  })

  it('shows the delivery found, still after a reload, until "Find another delivery"', async () => {
    const key = await shopWith([LONDON])
    const tracker = await lookingUp(key)
    const ready = oneEvent(tracker, 'porchlight-ready')
    find(tracker, 'KB-77', ' n1 9gu ')
    await ready
    expect(readable(part(tracker, 'status'))).to.equal('Out for delivery')
    expect(await lookupsWith(key)).to.deep.equal([
      { publishableKey: key, orderRef: 'KB-77', postcode: 'n1 9gu' },
    ])
    // The form it replaced had focus: the delivery's heading has it now.
    const focused = (tracker: PorchlightTracker) => tracker.shadowRoot!.activeElement
    await waitUntil(() => focused(tracker) === part(tracker, 'status'), 'focus lost')

    tracker.remove()
    const reloaded = await lookingUp(key)
    await waitUntil(() => part(reloaded, 'status'), 'the delivery did not come back')
    expect(readable(part(reloaded, 'status'))).to.equal('Out for delivery')
    expect(await lookupsWith(key)).to.have.length(1)

    part(reloaded, 'lookup-again')!.click()
    await waitUntil(() => part(reloaded, 'lookup'), 'the form did not come back')
    await waitUntil(() => focused(reloaded) === field(reloaded, 'orderRef'), 'focus lost')
    reloaded.remove()
    expect(part(await lookingUp(key), 'lookup')).to.not.equal(null)
  })

  it('says the same whatever was wrong, and keeps what was entered', async () => {
    const tracker = await lookingUp(await shopWith([LONDON]))
    find(tracker, 'KB-77', 'E1 6AN')
    expect(await alerted(tracker)).to.equal(
      'We couldn’t find a delivery with that order number and postcode.',
    )
    expect(field(tracker, 'postcode').value).to.equal('E1 6AN')
    find(tracker, 'KB-78', 'N1 9GU')
    await waitUntil(() => part(tracker, 'lookup-submit')?.getAttribute('aria-disabled') === 'false')
    expect(await alerted(tracker)).to.equal(
      'We couldn’t find a delivery with that order number and postcode.',
    )
  })

  it('after too many attempts, says how many minutes to wait', async () => {
    const tracker = await refusedWith([{ status: 429, code: 'rate_limited', retryAfter: 90 }])
    expect(await alerted(tracker)).to.equal('Too many attempts. Try again in 2 minutes.')
    const soon = await refusedWith([{ status: 429, code: 'rate_limited', retryAfter: 20 }])
    expect(await alerted(soon)).to.equal('Too many attempts. Try again in 1 minute.')
  })

  it('says why under a field the server turned down, which takes focus', async () => {
    const tracker = await refusedWith([
      {
        status: 400,
        code: 'validation_failed',
        errors: [{ path: 'postcode', message: 'Too long' }],
      },
    ])
    const postcode = field(tracker, 'postcode')
    await waitUntil(() => postcode.getAttribute('aria-invalid') === 'true', 'not marked invalid')
    const problem = tracker.shadowRoot!.getElementById(postcode.getAttribute('aria-describedby')!)
    expect(readable(problem)).to.equal('Enter the postcode of the delivery address.')
    expect(tracker.shadowRoot!.activeElement).to.equal(postcode)
    expect(field(tracker, 'orderRef').getAttribute('aria-invalid')).to.equal('false')
    expect(part(tracker, 'lookup-error')).to.equal(null)
  })

  it('with a token as well, shows that delivery and no form', async () => {
    const tracker = await settled(
      fixtureSync<PorchlightTracker>(
        html`<porchlight-tracker
          token="in-transit-new-york"
          publishable-key="pk_any"
          locale="en-GB"
        ></porchlight-tracker>`,
      ),
    )
    expect(readable(part(tracker, 'status'))).to.equal('On its way')
    expect(part(tracker, 'lookup')).to.equal(null)
    expect(part(tracker, 'lookup-again')).to.equal(null)
  })
})
