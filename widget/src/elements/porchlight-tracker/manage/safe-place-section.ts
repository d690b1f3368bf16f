import { html, nothing, type TemplateResult } from 'lit'
import type { SafePlace, SafePlaceKind } from '@porchlight/shared'
import { entry, field, refusal, textField, type SectionContext } from './section.ts'

const PLACES: readonly SafePlaceKind[] = [
  'front_door',
  'back_door',
  'porch',
  'garage',
  'reception',
  'neighbour',
  'other',
]

/** Where the driver may leave the parcel, with an optional note. */
export function safePlaceSection(ctx: SectionContext): TemplateResult {
  const { view, m, panel } = ctx
  const shown = entry(ctx, 'safePlace')
  const save = (event: SubmitEvent) => {
    event.preventDefault()
    const form = event.currentTarget as HTMLFormElement
    const note = field(form, 'note')
    const place = field(form, 'place') as SafePlaceKind
    const safePlace: SafePlace = note ? { place, note } : { place }
    void panel.change({
      kind: 'safePlace',
      method: 'PUT',
      path: 'safe-place',
      body: safePlace,
      // As on the server: a safe place and "hand it to me only" rule each other out.
      patch: {
        safePlace,
        accessNeeds: view.preferences.accessNeeds.filter((need) => need !== 'hand_to_me_only'),
      },
      keep: true,
    })
  }
  const clear = () =>
    panel.change({
      kind: 'safePlace',
      method: 'DELETE',
      path: 'safe-place',
      patch: { safePlace: null },
    })
  return html`<form part="manage-section" id="manage-safe-place" @submit=${save}>
    <fieldset>
      <legend>${m.safePlace}</legend>
      ${PLACES.map(
        (place) => html`<label class="choice">
          <input
            type="radio"
            name="place"
            value=${place}
            required
            .checked=${shown?.place === place}
          />
          ${m.place[place]}
        </label>`,
      )}
    </fieldset>
    ${textField(ctx, {
      name: 'note',
      label: m.note,
      value: shown?.note ?? '',
      max: 200,
      multiline: true,
    })}
    <div class="actions">
      <button part="manage-action" type="submit">${m.save}</button>
      ${view.preferences.safePlace
        ? html`<button part="manage-action" type="button" @click=${clear}>${m.clear}</button>`
        : nothing}
    </div>
    ${refusal(ctx, 'safePlace')}
  </form>`
}
