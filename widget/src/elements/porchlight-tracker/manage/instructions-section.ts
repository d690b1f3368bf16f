import { html, nothing, type TemplateResult } from 'lit'
import type { Instructions } from '@porchlight/shared'
import { entry, field, refusal, textField, type SectionContext } from './section.ts'

/** Free-text instructions for the driver and an optional access code (gate, building, locker). */
export function instructionsSection(ctx: SectionContext): TemplateResult {
  const { view, m, panel } = ctx
  const shown = entry(ctx, 'instructions')
  const save = (event: SubmitEvent) => {
    event.preventDefault()
    const form = event.currentTarget as HTMLFormElement
    const text = field(form, 'text')
    const accessCode = field(form, 'accessCode')
    const instructions: Instructions = accessCode ? { text, accessCode } : { text }
    void panel.change({
      kind: 'instructions',
      method: 'PUT',
      path: 'instructions',
      body: instructions,
      patch: { instructions },
      keep: true,
    })
  }
  const clear = () =>
    panel.change({
      kind: 'instructions',
      method: 'DELETE',
      path: 'instructions',
      patch: { instructions: null },
    })
  return html`<form part="manage-section" id="manage-instructions" @submit=${save}>
    <fieldset>
      <legend>${m.instructions}</legend>
      ${textField(ctx, {
        name: 'text',
        label: m.instructionsText,
        value: shown?.text ?? '',
        max: 500,
        multiline: true,
        required: true,
      })}
      ${textField(ctx, {
        name: 'accessCode',
        label: m.accessCode,
        value: shown?.accessCode ?? '',
        max: 32,
      })}
    </fieldset>
    <div class="actions">
      <button part="manage-action" type="submit">${m.save}</button>
      ${view.preferences.instructions
        ? html`<button part="manage-action" type="button" @click=${clear}>${m.clear}</button>`
        : nothing}
    </div>
    ${refusal(ctx, 'instructions')}
  </form>`
}
