// @ts-check
import { call } from './api.js'
import { byId, element } from './element.js'
import { formatTime, statusLabel } from './format.js'
import { poll } from './poll.js'
import { timeZoneOf } from './shipment-zones.js'

/** @typedef {import('@porchlight/shared').DeliveryCase} DeliveryCase */

const KINDS = { not_received: 'Not received', damaged: 'Damaged' }

/** Problems shoppers reported, with the evidence the API gathered for each. */
export function startCases() {
  let shown = ''
  poll('cases', 5000, async () => {
    /** @type {import('@porchlight/shared').CaseList} */
    const { cases } = await call('/v1/cases')
    const signature = JSON.stringify(cases)
    if (signature === shown) return
    shown = signature
    byId('no-cases').hidden = cases.length > 0
    byId('cases').replaceChildren(...(await Promise.all(cases.map(caseArticle))))
  })
}

/** @param {DeliveryCase} deliveryCase */
async function caseArticle(deliveryCase) {
  const timeZone = await timeZoneOf(deliveryCase.shipmentId)
  const { timeline, lastPosition, proofNote } = deliveryCase.evidence
  const where = lastPosition
    ? `${lastPosition.lat.toFixed(5)}, ${lastPosition.lng.toFixed(5)} at ${formatTime(lastPosition.at, timeZone)}`
    : 'None recorded'
  return element(
    'article',
    { class: 'case' },
    element('h3', {}, `${deliveryCase.orderRef}: ${KINDS[deliveryCase.kind]}`),
    element(
      'dl',
      {},
      ...entry('Opened', formatTime(deliveryCase.openedAt, timeZone)),
      ...entry('Rating', `${deliveryCase.rating} / 5`),
      ...entry('Comment', deliveryCase.comment ?? 'None'),
      ...entry('Proof of delivery note', proofNote ?? 'None'),
      ...entry('Last driver position', where),
    ),
    element('h4', {}, 'Timeline'),
    element(
      'ol',
      {},
      ...timeline.map((e) => element('li', {}, `${formatTime(e.at, timeZone)} · ${statusLabel(e.type)}${e.note ? ` · ${e.note}` : ''}`)),
    ),
  )
}

/** @param {string} term @param {string} value */
const entry = (term, value) => [element('dt', {}, term), element('dd', {}, value)]
