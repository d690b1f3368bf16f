import { html, nothing, type LitElement, type TemplateResult } from 'lit'
import type {
  Capabilities,
  FieldError,
  NearbyPickupPoint,
  PreferenceKind,
  Preferences,
  ShopperWindow,
  TrackingView,
} from '@porchlight/shared'
import { callApi } from '../../../api/call-api.ts'
import type { TrackingController } from '../../../controllers/tracking-controller.ts'
import { emit, type TrackingErrorCode } from '../../../events/porchlight-events.ts'
import type { Localization } from '../../../i18n/index.ts'
import { manageStrings } from './manage-strings.ts'
import type { ManageTranslation } from '../../../i18n/translation.ts'
import { joinStyles } from '../../../styles/join-styles.ts'
import { panelControls } from '../../../styles/panel-controls.ts'
import { accessNeedsSection } from './access-needs-section.ts'
import { instructionsSection } from './instructions-section.ts'
import { styles } from './manage-panel.styles.ts'
import { pickupSection } from './pickup-section.ts'
import { safePlaceSection } from './safe-place-section.ts'
import { refusal, type SectionContext } from './section.ts'
import { windowSection } from './window-section.ts'

/** The lists a shopper chooses from, fetched each time the panel opens. */
export interface Lists {
  readonly windows: readonly ShopperWindow[]
  readonly pickupPoints: readonly NearbyPickupPoint[]
}

const LIST_PATHS: Readonly<Record<keyof Lists, string>> = {
  windows: 'windows',
  pickupPoints: 'pickup-points',
}

/** Each section, in the panel's order: the change it makes and the capability that allows it. */
const SECTIONS: ReadonlyArray<
  readonly [PreferenceKind, keyof Capabilities, (ctx: SectionContext) => TemplateResult]
> = [
  ['window', 'reschedule', windowSection],
  ['pickupPoint', 'pickupPoint', pickupSection],
  ['safePlace', 'safePlace', safePlaceSection],
  ['accessNeeds', 'accessNeeds', accessNeedsSection],
  ['instructions', 'instructions', instructionsSection],
]

/** Each kind of change by its section's heading. */
const HEADINGS = {
  window: 'windows',
  pickupPoint: 'pickupPoints',
  safePlace: 'safePlace',
  accessNeeds: 'accessNeeds',
  instructions: 'instructions',
} as const satisfies Record<PreferenceKind, keyof ManageTranslation>

export interface Change {
  readonly kind: PreferenceKind
  readonly method: 'POST' | 'PUT' | 'DELETE'
  /** Appended to the view's URL: `reschedule`, `safe-place`, … */
  readonly path: string
  readonly body?: unknown
  /** The preferences as they will be once the server agrees: shown at once. */
  readonly patch: Partial<Preferences>
  /** A form's change: if refused, the form keeps what the shopper entered, to correct it. */
  readonly keep?: boolean
}

export interface Failure {
  readonly kind: PreferenceKind
  readonly code: TrackingErrorCode
  /** The first field the server turned down, for `validation_failed`. */
  readonly error?: FieldError | undefined
}

/**
 * The "Manage delivery" panel: a section for each change the view's capabilities allow. A change
 * is shown at once, then replaced by the view the server answers with; if the server refuses,
 * what it touched is put back and the section says why in an alert.
 */
export class ManagePanel {
  /** Undefined while loading. */
  lists: { [K in keyof Lists]?: Lists[K] | 'failed' } = {}
  /** What refused form changes asked for: shown in their forms until one of the kind succeeds. */
  drafts: Partial<Preferences> = {}
  /** The latest refused change, until the next change. */
  failure: Failure | undefined
  /** The latest change saved, until the next change: read out, as what changed is on show. */
  private saved: PreferenceKind | undefined
  /** Per text field: how long the shopper's text is, and the value it was typed over. */
  readonly typed = new Map<string, { readonly bound: string; readonly length: number }>()
  readonly host: LitElement
  private readonly tracking: TrackingController

  constructor(host: LitElement, tracking: TrackingController) {
    this.host = host
    this.tracking = tracking
    // The tracker's own styles were adopted before this chunk arrived: the panel's join them.
    joinStyles(host, panelControls)
    joinStyles(host, styles)
  }

  /** Each time the panel opens: fresh lists, since places fill up meanwhile. */
  opened(): void {
    this.failure = undefined
    this.saved = undefined
    const { state } = this.tracking
    const can = state.kind === 'ready' ? state.view.capabilities : undefined
    if (can?.reschedule) void this.load('windows')
    if (can?.pickupPoint) void this.load('pickupPoints')
    this.host.requestUpdate()
  }

  render(view: TrackingView, l: Localization): TemplateResult {
    const ctx: SectionContext = { view, l, m: manageStrings(l), panel: this }
    const shown = SECTIONS.filter(([, capability]) => view.capabilities[capability])
    const { failure } = this
    // A refusal that took its section away (the change is no longer allowed) is said on its own.
    const orphaned = failure && !shown.some(([kind]) => kind === failure.kind)
    // There from the panel's opening, so that screen readers read out what comes into it.
    const status = this.saved ? ctx.m.saved(ctx.m[HEADINGS[this.saved]]) : ''
    return html`<p class="visually-hidden" role="status">${status}</p>
      ${orphaned ? refusal(ctx, failure.kind) : nothing} ${shown.map(([, , section]) => section(ctx))}`
  }

  /** Fetches one list; a failed refresh leaves the list on show as it was. */
  async load(key: keyof Lists): Promise<void> {
    const url = this.tracking.viewUrl
    if (this.lists[key] === 'failed') this.setList(key, undefined)
    const answer = await callApi<Partial<Lists>>(`${url}/${LIST_PATHS[key]}`)
    if (url !== this.tracking.viewUrl) return
    const items = answer.ok ? answer.body[key] : undefined
    const shown = this.lists[key]
    this.setList(key, Array.isArray(items) ? items : Array.isArray(shown) ? shown : 'failed')
  }

  async change({ kind, method, path, body, patch, keep }: Change): Promise<void> {
    const { tracking } = this
    const url = tracking.viewUrl
    if (tracking.state.kind !== 'ready') return
    const before = tracking.state.view.preferences
    // Only what this change touched is put back if it is refused: news that came meanwhile stays.
    const undo = Object.fromEntries(
      Object.keys(patch).map((key) => [key, before[key as keyof Preferences]]),
    ) as Partial<Preferences>
    this.failure = undefined
    this.saved = undefined
    tracking.revise(withPreferences(patch))
    const answer = await callApi<TrackingView>(`${url}/${path}`, method, body)
    // Another shipment is on show by now: neither answer nor undo belongs to it.
    if (url !== tracking.viewUrl) return
    if (answer.ok) {
      delete this.drafts[kind]
      this.saved = kind
      tracking.accept(answer.body)
      emit(this.host, 'porchlight-preferences-change', { kind })
    } else {
      tracking.revise(withPreferences(undo))
      if (keep) this.drafts = { ...this.drafts, [kind]: patch[kind] }
      this.failure = { kind, code: answer.code, error: answer.errors?.[0] }
      this.recover(kind, answer.code)
    }
    this.host.requestUpdate()
  }

  /** After a refusal, fetches what changed under the shopper's feet. */
  private recover(kind: PreferenceKind, code: TrackingErrorCode): void {
    if (kind === 'window') void this.load('windows')
    if (kind === 'pickupPoint') void this.load('pickupPoints')
    // The shopper may no longer change this at all: the view's capabilities now say so.
    if (code === 'change_not_allowed' || code === 'option_disabled') this.tracking.reload()
  }

  private setList<K extends keyof Lists>(key: K, value: Lists[K] | 'failed' | undefined): void {
    this.lists = { ...this.lists, [key]: value }
    this.host.requestUpdate()
  }
}

function withPreferences(patch: Partial<Preferences>) {
  return (view: TrackingView): TrackingView => ({
    ...view,
    preferences: { ...view.preferences, ...patch },
  })
}
