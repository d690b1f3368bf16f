import { fixtureSync, html, waitUntil } from '@open-wc/testing'
// Types only: test/dist.test.ts must not load the sources next to the built file.
import type { PorchlightTracker } from '../src/elements/porchlight-tracker/porchlight-tracker.ts'
import { part, parts, readable, settled } from './tracker.ts'

/** A tracker of `token`, in British English, once it shows the delivery. */
export function trackerOf(token: string): Promise<PorchlightTracker> {
  return settled(
    fixtureSync<PorchlightTracker>(
      html`<porchlight-tracker token=${token} locale="en-GB"></porchlight-tracker>`,
    ),
  )
}

/** Whether the panel is open with its lists loaded. */
export function panelShown(tracker: PorchlightTracker): boolean {
  const panel = part(tracker, 'manage-panel')
  return (
    !!panel &&
    !panel.hidden &&
    parts(tracker, 'manage-section').length > 0 &&
    !readable(panel).includes('Loading the options…')
  )
}

/** Opens the "Manage delivery" panel with a click and waits for its lists. */
export async function openPanel(tracker: PorchlightTracker): Promise<HTMLElement> {
  part(tracker, 'manage-button')?.click()
  await waitUntil(() => panelShown(tracker), 'the panel never showed', { timeout: 3000 })
  return part(tracker, 'manage-panel')!
}

/** The panel's section for `id`: window, pickup, safe-place, access-needs, instructions. */
export function section(tracker: PorchlightTracker, id: string): HTMLElement | null {
  return tracker.shadowRoot!.querySelector<HTMLElement>(`#manage-${id}`)
}

/** The option of part `name` (window-option, pickup-option) whose text starts with `text`. */
export function option(tracker: PorchlightTracker, name: string, text: string): HTMLButtonElement {
  const found = parts(tracker, name).find((element) => readable(element).startsWith(text))
  if (!found) throw new Error(`no ${name} reads "${text}…"`)
  return found as HTMLButtonElement
}

/** The options of part `name` that are shown as chosen. */
export function chosen(tracker: PorchlightTracker, name: string): string[] {
  return parts(tracker, name)
    .filter((element) => element.getAttribute('aria-pressed') === 'true')
    .map(readable)
}

/** Types `value` into the panel's field `name`, as a shopper would. */
export function fill(tracker: PorchlightTracker, name: string, value: string): void {
  const field = tracker.shadowRoot!.querySelector<HTMLInputElement>(`[name="${name}"]`)!
  field.value = value
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }))
}

/** Ticks the radio button or checkbox with `value`. */
export function tick(tracker: PorchlightTracker, value: string): void {
  tracker.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${value}"]`)!.click()
}

/** The button of section `id` that reads `text` (Save, Clear, …). */
export function button(tracker: PorchlightTracker, id: string, text: string): HTMLButtonElement {
  const found = [...(section(tracker, id)?.querySelectorAll('button') ?? [])].find(
    (element) => readable(element) === text,
  )
  if (!found) throw new Error(`no "${text}" button in ${id}`)
  return found
}

/** The text of the panel's alert, once there is one. */
export async function alerted(tracker: PorchlightTracker): Promise<string> {
  await waitUntil(() => part(tracker, 'manage-error'), 'no alert')
  const alert = part(tracker, 'manage-error')!
  if (alert.getAttribute('role') !== 'alert') throw new Error('the message is not an alert')
  return readable(alert)
}
