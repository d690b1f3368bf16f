import { html, nothing, type LitElement, type ReactiveController, type TemplateResult } from 'lit'
import type { LookupRequest, TrackingTokenResponse } from '@porchlight/shared'
import { callApi, type ApiAnswer } from '../../../api/call-api.ts'
import { plural, type Localization } from '../../../i18n/index.ts'
import { lookupStrings, type LookupField, type LookupTranslation } from './lookup-strings.ts'
import { joinStyles } from '../../../styles/join-styles.ts'
import { keepFound, recallFound } from './found-delivery.ts'
import { styles } from './lookup-form.styles.ts'

type Refusal = Extract<ApiAnswer<unknown>, { ok: false }>

// The server's limits (OrderRef, and the postcode in LookupRequest).
const FIELDS: ReadonlyArray<readonly [LookupField, number, string]> = [
  ['orderRef', 64, 'off'],
  ['postcode', 16, 'postal-code'],
]

/**
 * For a shopper without a link: finds their delivery by order number and postcode
 * (`POST /v1/lookup`) and remembers it for the tab. Whatever was wrong, a miss says the same:
 * the server does not say which part it was.
 */
export class LookupForm {
  private busy = false
  private refusal: Refusal | undefined
  /** What was found, by publishable key; read from the tab's storage the first time. */
  private readonly deliveries = new Map<string, TrackingTokenResponse | undefined>()
  private readonly host: LitElement

  constructor(host: LitElement) {
    this.host = host
    joinStyles(host, styles)
  }

  /** The delivery found with `publishableKey` in this tab, to show instead of the form. */
  found(publishableKey: string): TrackingTokenResponse | undefined {
    if (!this.deliveries.has(publishableKey)) {
      this.deliveries.set(publishableKey, recallFound(publishableKey))
    }
    return this.deliveries.get(publishableKey)
  }

  /** "Find another delivery", under one that was found: back to the form. */
  again(publishableKey: string, l: Localization): TemplateResult | typeof nothing {
    if (!this.found(publishableKey)) return nothing
    const click = async () => {
      this.choose(publishableKey, undefined)
      await this.host.updateComplete
      this.focus()
    }
    return html`<button part="button lookup-again" type="button" @click=${click}>
      ${lookupStrings(l).again}
    </button>`
  }

  /** `api`: the Porchlight server, with no trailing slash. */
  render(api: string, publishableKey: string, l: Localization): TemplateResult {
    const s = lookupStrings(l)
    const invalid = this.invalidFields()
    const submit = (event: SubmitEvent) => {
      event.preventDefault()
      void this.submit(event.target as HTMLFormElement, api, publishableKey)
    }
    return html`<form part="root lookup" aria-labelledby="lookup-heading" @submit=${submit}>
      <h2 id="lookup-heading">${s.heading}</h2>
      <p>${s.intro}</p>
      ${FIELDS.map(
        ([field, max, autocomplete]) => html`<label class="field">
            <span>${s.field[field]}</span>
            <input
              part="lookup-input"
              name=${field}
              required
              maxlength=${max}
              autocomplete=${autocomplete}
              aria-invalid=${String(invalid.includes(field))}
              aria-describedby="lookup-${field}-problem"
            />
          </label>
          <p class="field-problem" id="lookup-${field}-problem">
            ${invalid.includes(field) ? s.invalid[field] : ''}
          </p>`,
      )}
      <button part="button lookup-submit" type="submit" aria-disabled=${String(this.busy)}>
        ${this.busy ? s.searching : s.submit}
      </button>
      ${this.refusal && !invalid.length
        ? html`<p part="lookup-error" role="alert">${this.problem(this.refusal, s, l)}</p>`
        : nothing}
    </form>`
  }

  /** Puts the cursor in the first field. */
  focus(): void {
    this.host.renderRoot.querySelector<HTMLInputElement>('[part~="lookup-input"]')?.focus()
  }

  private async submit(form: HTMLFormElement, api: string, publishableKey: string): Promise<void> {
    if (this.busy) return
    const data = new FormData(form)
    const entered = (field: LookupField) => String(data.get(field) ?? '').trim()
    const body: LookupRequest = {
      publishableKey,
      orderRef: entered('orderRef'),
      postcode: entered('postcode'),
    }
    this.busy = true
    this.refusal = undefined
    this.host.requestUpdate()
    const answer = await callApi<TrackingTokenResponse>(`${api}/v1/lookup`, 'POST', body)
    this.busy = false
    this.host.requestUpdate()
    if (answer.ok) {
      this.followFocus()
      return this.choose(publishableKey, answer.body)
    }
    this.refusal = answer
    await this.host.updateComplete
    // Each field turned down says why under it; the first takes focus, which reads that out.
    form.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus()
  }

  /** The tracker shows `found`, or the form again. */
  private choose(publishableKey: string, found: TrackingTokenResponse | undefined): void {
    this.deliveries.set(publishableKey, found)
    keepFound(publishableKey, found)
    this.refusal = undefined
    this.host.requestUpdate()
  }

  private invalidFields(): LookupField[] {
    const errors = this.refusal?.code === 'validation_failed' ? this.refusal.errors ?? [] : []
    return FIELDS.map(([field]) => field).filter((field) => errors.some((e) => e.path === field))
  }

  private problem({ code, retryAfter }: Refusal, s: LookupTranslation, l: Localization): string {
    if (code === 'rate_limited') {
      // Retry-After, in seconds; the server lets other origins read it, and a minute if not.
      return plural(l, s.tooMany, Math.max(1, Math.ceil((retryAfter ?? 60) / 60)))
    }
    return s.problem[code === 'not_found' || code === 'network_error' ? code : 'other']
  }

  /**
   * Once the delivery found is on show, or why it is not, focus goes to it from the gone form:
   * at the first render that shows it, which may come a little after it loaded (see
   * `../first-reveal.ts`).
   */
  private followFocus(): void {
    const events = ['porchlight-ready', 'porchlight-error'] as const
    const shown = () => {
      for (const name of events) this.host.removeEventListener(name, shown)
      const focusOnShow: ReactiveController = {
        hostUpdated: () => {
          const { renderRoot } = this.host
          const heading = renderRoot.querySelector<HTMLElement>('[part~="status"], [part~="error"]')
          if (!heading) return
          this.host.removeController(focusOnShow)
          heading.setAttribute('tabindex', '-1')
          heading.focus()
        },
      }
      this.host.addController(focusOnShow)
    }
    for (const name of events) this.host.addEventListener(name, shown)
  }
}
