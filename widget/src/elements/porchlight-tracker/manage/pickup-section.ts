import { html, nothing, type TemplateResult } from 'lit'
import type { NearbyPickupPoint } from '@porchlight/shared'
import { distance } from '../../../format/distance.ts'
import { items, listStatus, refusal, type SectionContext } from './section.ts'

/** The pickup points near the address, nearest first, and the way back to home delivery. */
export function pickupSection(ctx: SectionContext): TemplateResult {
  const { view, l, m, panel } = ctx
  const { pickupPoints } = panel.lists
  const chosenId = view.preferences.pickupPoint?.id
  const choose = ({ id, name, kind, address }: NearbyPickupPoint) => {
    if (id === chosenId) return
    void panel.change({
      kind: 'pickupPoint',
      method: 'PUT',
      path: 'pickup-point',
      body: { pickupPointId: id },
      patch: { pickupPoint: { id, name, kind, address } },
    })
  }
  const home = () =>
    panel.change({
      kind: 'pickupPoint',
      method: 'DELETE',
      path: 'pickup-point',
      patch: { pickupPoint: null },
    })
  return html`<fieldset part="manage-section" id="manage-pickup">
    <legend>${m.pickupPoints}</legend>
    ${listStatus(ctx, 'pickupPoints', m.noPickupPoints) ??
    html`<ul class="options">
      ${items(pickupPoints).map((point) => {
        const chosen = point.id === chosenId
        const { address, openNow } = point
        return html`<li>
          <button
            part="pickup-option"
            type="button"
            aria-pressed=${String(chosen)}
            ?disabled=${!point.available && !chosen}
            @click=${() => choose(point)}
          >
            <span class="name">${point.name}</span>
            <span class="detail">
              ${m.pickupKind[point.kind]} · ${distance(l.locale, point.distanceM)}${openNow === null
                ? nothing
                : html` · ${openNow ? m.openNow : m.closedNow}`}
            </span>
            <span class="detail">${address.line1}, ${address.postcode} ${address.city}</span>
            ${chosen
              ? html`<span class="tag">${m.chosen}</span>`
              : point.available
                ? nothing
                : html`<span class="tag">${m.full}</span>`}
          </button>
        </li>`
      })}
    </ul>`}
    ${chosenId
      ? html`<button part="manage-action" type="button" @click=${home}>${m.homeInstead}</button>`
      : nothing}
    ${refusal(ctx, 'pickupPoint')}
  </fieldset>`
}
