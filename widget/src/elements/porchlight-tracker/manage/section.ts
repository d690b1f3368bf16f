import { html, nothing, type TemplateResult } from 'lit'
import type { PreferenceKind, Preferences, TrackingView } from '@porchlight/shared'
import type { Localization } from '../../../i18n/index.ts'
import type { ManageTranslation, SaveProblem } from '../../../i18n/translation.ts'
import type { Failure, Lists, ManagePanel } from './manage-panel.ts'

/** What every section of the panel renders from. */
export interface SectionContext {
  readonly view: TrackingView
  readonly l: Localization
  readonly m: ManageTranslation
  readonly panel: ManagePanel
}

type Label = {
  [K in keyof ManageTranslation]: ManageTranslation[K] extends string ? K : never
}[keyof ManageTranslation]

/** The request fields the server may turn down, by the name the shopper knows them by. */
const FIELDS: Readonly<Record<string, Label>> = {
  windowId: 'windows',
  pickupPointId: 'pickupPoints',
  place: 'safePlace',
  note: 'note',
  needs: 'accessNeeds',
  text: 'instructionsText',
  accessCode: 'accessCode',
}

/** A form's values: what a refused change asked for, else what the view holds. */
export function entry<K extends PreferenceKind>(
  { view, panel }: SectionContext,
  kind: K,
): Preferences[K] {
  return kind in panel.drafts ? (panel.drafts[kind] as Preferences[K]) : view.preferences[kind]
}

/** Why the latest change of `kind` was refused, in the section it was made in. */
export function refusal(
  { m, panel }: SectionContext,
  kind: PreferenceKind,
): TemplateResult | typeof nothing {
  const { failure } = panel
  if (failure?.kind !== kind) return nothing
  return html`<p part="manage-error" role="alert">${reason(m, failure)}</p>`
}

function reason(m: ManageTranslation, { code, error }: Failure): string {
  if (code === 'validation_failed' && error) {
    const field = FIELDS[error.path.split('.')[0] ?? '']
    return field ? m.invalid(m[field], error.message) : error.message
  }
  return m.problem[code in m.problem ? (code as SaveProblem) : 'other']
}

/** A list's items; none while it loads or after it failed. */
export function items<T>(list: readonly T[] | 'failed' | undefined): readonly T[] {
  return list && list !== 'failed' ? list : []
}

/** While a list is loading, failed or empty: what to show instead of it. */
export function listStatus(
  { l, m, panel }: SectionContext,
  key: keyof Lists,
  empty: string,
): TemplateResult | undefined {
  const list = panel.lists[key]
  if (list === undefined) return html`<p class="hint">${m.loadingOptions}</p>`
  if (list === 'failed') {
    return html`<p class="hint">
      ${m.optionsFailed}
      <button part="manage-action" type="button" @click=${() => panel.load(key)}>
        ${l.t.tryAgain}
      </button>
    </p>`
  }
  return list.length === 0 ? html`<p class="hint">${empty}</p>` : undefined
}

export interface TextField {
  readonly name: string
  readonly label: string
  readonly value: string
  readonly max: number
  readonly multiline?: boolean
  readonly required?: boolean
}

/** A labelled text field with a counter of its characters, read out as its description. */
export function textField(
  { l, m, panel }: SectionContext,
  { name, label, value, max, multiline = false, required = false }: TextField,
): TemplateResult {
  const typed = panel.typed.get(name)
  // Typed over an older value: once the form is given another, that count no longer holds.
  const count = typed?.bound === value ? typed.length : value.length
  const input = (event: Event) => {
    const { length } = (event.target as HTMLInputElement | HTMLTextAreaElement).value
    panel.typed.set(name, { bound: value, length })
    panel.host.requestUpdate()
  }
  const invalid = String(panel.failure?.error?.path === name)
  const counter = `manage-${name}-count`
  const number = new Intl.NumberFormat(l.locale)
  return html`<label class="field">
      <span>${label}</span>
      ${multiline
        ? html`<textarea
            name=${name}
            rows="3"
            maxlength=${max}
            ?required=${required}
            aria-invalid=${invalid}
            aria-describedby=${counter}
            .value=${value}
            @input=${input}
          ></textarea>`
        : html`<input
            name=${name}
            maxlength=${max}
            autocomplete="off"
            ?required=${required}
            aria-invalid=${invalid}
            aria-describedby=${counter}
            .value=${value}
            @input=${input}
          />`}
    </label>
    <span class="counter" id=${counter}>
      ${m.characters(number.format(count), number.format(max))}
    </span>`
}

/** The text of a form field by name, trimmed as the server would. */
export function field(form: HTMLFormElement, name: string): string {
  return String(new FormData(form).get(name) ?? '').trim()
}
