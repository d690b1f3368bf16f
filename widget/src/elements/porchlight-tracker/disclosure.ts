import { html, nothing, type LitElement, type TemplateResult } from 'lit'
import type { TrackingView } from '@porchlight/shared'
import type { Localization } from '../../i18n/index.ts'

/** A panel whose code is loaded on first open. */
export interface Panel {
  render(view: TrackingView, l: Localization): TemplateResult
  /** Each time the panel opens, once its code is there. */
  opened(): void
  /** Each time it closes. */
  closed?(): void
  /** It will not be shown again (another shipment): stop what it started. */
  dispose?(): void
}

export interface DisclosureOptions<P extends Panel> {
  /** Names the ids and parts: `<name>-button`, `<name>-panel`. */
  readonly name: string
  /** Fetches the panel's code, a chunk next to widget.js, and makes the panel. */
  readonly load: () => Promise<P>
  /** The panel opened or closed, whether or not its code is there. */
  readonly onToggle?: (open: boolean) => void
}

/**
 * A button and the panel it discloses (`aria-expanded`, `aria-controls`). Focus moves into the
 * panel when it opens and back to the button when Escape closes it; the panel stays in the DOM
 * while closed so what the shopper typed and did not send is still there when they reopen it.
 * Most shoppers only look: the panel's code, strings and styles are fetched on first open.
 */
export class Disclosure<P extends Panel> {
  open = false
  panel: P | undefined
  private readonly host: LitElement
  private readonly options: DisclosureOptions<P>
  // One load however many clicks come while it is on its way; cleared on failure, to retry.
  private loading: Promise<P> | undefined
  private failed = false

  constructor(host: LitElement, options: DisclosureOptions<P>) {
    this.host = host
    this.options = options
  }

  /** Closes the panel and forgets it: for another shipment. */
  reset(): void {
    this.panel?.dispose?.()
    this.open = false
    this.panel = undefined
    this.loading = undefined
  }

  /** `label`: the button's content. */
  render(view: TrackingView, l: Localization, label: TemplateResult | string): TemplateResult {
    const { name } = this.options
    return html`<div class=${name} @keydown=${this.onKeydown}>
      <button
        part="button ${name}-button"
        id="${name}-button"
        type="button"
        aria-expanded=${String(this.open)}
        aria-controls="${name}-panel"
        @click=${this.toggle}
      >
        ${label}
      </button>
      <div
        part="${name}-panel"
        id="${name}-panel"
        role="region"
        aria-labelledby="${name}-button"
        tabindex="-1"
        ?hidden=${!this.open}
      >
        ${this.panel
          ? this.panel.render(view, l)
          : this.failed
            ? html`<p role="alert">${l.t.panelUnavailable}</p>`
            : nothing}
      </div>
    </div>`
  }

  private readonly toggle = async (): Promise<void> => {
    if (this.open) return this.close()
    this.setOpen(true)
    await this.host.updateComplete
    this.element('panel')?.focus()
    if (this.panel) return this.panel.opened()
    try {
      const loading = (this.loading ??= this.options.load())
      const panel = await loading
      // Another shipment by now: that panel was made for the one before.
      if (loading !== this.loading) return panel.dispose?.()
      this.panel = panel
      this.failed = false
      if (this.open) panel.opened()
    } catch {
      this.loading = undefined
      this.failed = true
    }
    this.host.requestUpdate()
  }

  private readonly onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.open) return
    // Handled here: a dialog on the page around the tracker must not close as well.
    event.stopPropagation()
    this.close()
  }

  private close(): void {
    this.setOpen(false)
    this.panel?.closed?.()
    this.element('button')?.focus()
  }

  private setOpen(open: boolean): void {
    this.open = open
    this.options.onToggle?.(open)
    this.host.requestUpdate()
  }

  private element(suffix: 'button' | 'panel'): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`#${this.options.name}-${suffix}`)
  }
}
