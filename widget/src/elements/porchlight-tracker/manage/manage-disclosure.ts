import { nothing, type LitElement, type TemplateResult } from 'lit'
import type { TrackingView } from '@porchlight/shared'
import type { TrackingController } from '../../../controllers/tracking-controller.ts'
import type { Localization } from '../../../i18n/index.ts'
import { Disclosure } from '../disclosure.ts'
import type { ManagePanel } from './manage-panel.ts'

/** The capabilities the panel has a section for. */
const CHANGES = ['reschedule', 'pickupPoint', 'safePlace', 'accessNeeds', 'instructions'] as const

/** The "Manage delivery" button and the panel it discloses, shown while anything can change. */
export class ManageDisclosure {
  private readonly disclosure: Disclosure<ManagePanel>

  constructor(host: LitElement, tracking: TrackingController) {
    this.disclosure = new Disclosure(host, {
      name: 'manage',
      load: async () => {
        const { ManagePanel } = await import('./manage-panel.ts')
        return new ManagePanel(host, tracking)
      },
    })
  }

  /** Closes the panel and forgets it: for another shipment. */
  reset(): void {
    this.disclosure.reset()
  }

  render(view: TrackingView, l: Localization): TemplateResult | typeof nothing {
    // Kept while open when nothing is left to change, to say why the last change was refused.
    if (!this.disclosure.open && !CHANGES.some((change) => view.capabilities[change])) {
      return nothing
    }
    return this.disclosure.render(view, l, l.t.manage)
  }
}
