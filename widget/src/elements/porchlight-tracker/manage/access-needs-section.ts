import { html, type TemplateResult } from 'lit'
import type { AccessNeed } from '@porchlight/shared'
import { entry, refusal, type SectionContext } from './section.ts'

const NEEDS: readonly AccessNeed[] = [
  'extra_time',
  'knock_dont_ring',
  'call_on_arrival',
  'hand_to_me_only',
]

/** What the shopper needs at the door, as checkboxes saved together. */
export function accessNeedsSection(ctx: SectionContext): TemplateResult {
  const { m, panel } = ctx
  const shown = entry(ctx, 'accessNeeds')
  const save = (event: SubmitEvent) => {
    event.preventDefault()
    const form = event.currentTarget as HTMLFormElement
    const needs = new FormData(form).getAll('needs') as AccessNeed[]
    void panel.change({
      kind: 'accessNeeds',
      method: 'PUT',
      path: 'access-needs',
      body: { needs },
      // As on the server: "hand it to me only" leaves no safe place.
      patch: needs.includes('hand_to_me_only')
        ? { accessNeeds: needs, safePlace: null }
        : { accessNeeds: needs },
      keep: true,
    })
  }
  return html`<form part="manage-section" id="manage-access-needs" @submit=${save}>
    <fieldset>
      <legend>${m.accessNeeds}</legend>
      ${NEEDS.map(
        (need) => html`<label class="choice">
          <input type="checkbox" name="needs" value=${need} .checked=${shown.includes(need)} />
          ${m.need[need]}
        </label>`,
      )}
    </fieldset>
    <div class="actions">
      <button part="manage-action" type="submit">${m.save}</button>
    </div>
    ${refusal(ctx, 'accessNeeds')}
  </form>`
}
