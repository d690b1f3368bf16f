import { html, nothing, type LitElement, type TemplateResult } from 'lit'
import type { TrackingView } from '@porchlight/shared'
import type { TrackingController } from '../../controllers/tracking-controller.ts'
import type { Localization } from '../../i18n/index.ts'
import type { ManagePanel } from './manage/manage-panel.ts'

/** The capabilities the panel has a section for. */
const CHANGES = ['reschedule', 'pickupPoint', 'safePlace', 'accessNeeds', 'instructions'] as const

type PanelModule = typeof import('./manage/manage-panel.ts')

// Most shoppers only look: the panel's code, strings and styles are fetched on first open, as a
// chunk next to widget.js. Shared by every tracker on the page; cleared on failure to retry.
let panelModule: Promise<PanelModule> | undefined

/**
 * The "Manage delivery" button and the panel it discloses. Focus moves into the panel when it
 * opens and back to the button when Escape closes it; the panel stays in the DOM while closed
 * so what the shopper typed and did not save is still there when they reopen it.
 */
export class ManageDisclosure {
  private readonly host: LitElement
  private readonly tracking: TrackingController
  private open = false
  private failed = false
  private panel: ManagePanel | undefined

  constructor(host: LitElement, tracking: TrackingController) {
    this.host = host
    this.tracking = tracking
  }

  /** Closes the panel and forgets it: for another shipment. */
  reset(): void {
    this.open = false
    this.panel = undefined
  }

  render(view: TrackingView, l: Localization): TemplateResult | typeof nothing {
    // Kept while open when nothing is left to change, to say why the last change was refused.
    if (!this.open && !CHANGES.some((change) => view.capabilities[change])) return nothing
    return html`<div class="manage" @keydown=${this.onKeydown}>
      <button
        part="button manage-button"
        id="manage-button"
        type="button"
        aria-expanded=${String(this.open)}
        aria-controls="manage-panel"
        @click=${this.toggle}
      >
        ${l.t.manage}
      </button>
      <div
        part="manage-panel"
        id="manage-panel"
        role="region"
        aria-labelledby="manage-button"
        tabindex="-1"
        ?hidden=${!this.open}
      >
        ${this.panel
          ? this.panel.render(view, l)
          : this.failed
            ? html`<p role="alert">${l.t.manageUnavailable}</p>`
            : nothing}
      </div>
    </div>`
  }

  private readonly toggle = async (): Promise<void> => {
    if (this.open) return this.close()
    this.open = true
    this.host.requestUpdate()
    await this.host.updateComplete
    this.element('manage-panel')?.focus()
    if (this.panel) return this.panel.opened()
    try {
      const { ManagePanel } = await (panelModule ??= import('./manage/manage-panel.ts'))
      this.panel ??= new ManagePanel(this.host, this.tracking)
      this.failed = false
      if (this.open) this.panel.opened()
    } catch {
      panelModule = undefined
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
    this.open = false
    this.host.requestUpdate()
    this.element('manage-button')?.focus()
  }

  private element(id: string): HTMLElement | null {
    return this.host.renderRoot.querySelector<HTMLElement>(`#${id}`)
  }
}
