import { html, nothing, type TemplateResult } from 'lit'
import type { ShopperWindow } from '@porchlight/shared'
import { windowDays } from '../../../format/window-days.ts'
import { items, listStatus, refusal, type SectionContext } from './section.ts'

/**
 * The delivery windows by day, on the address's clock. Each is a button, not a radio: arrow keys
 * in a radio group would book every window they pass over.
 */
export function windowSection(ctx: SectionContext): TemplateResult {
  const { view, l, m, panel } = ctx
  const { windows } = panel.lists
  const chosenId = view.preferences.window?.id
  // Until the shopper chooses, the server's list says which window the shipment holds.
  const isChosen = (window: ShopperWindow) => (chosenId ? window.id === chosenId : window.chosen)
  const choose = (window: ShopperWindow) => {
    if (isChosen(window)) return
    const { id, start, end } = window
    void panel.change({
      kind: 'window',
      method: 'POST',
      path: 'reschedule',
      body: { windowId: id },
      patch: { window: { id, start, end } },
    })
  }
  const days = windowDays(items(windows), l.locale, view.shipment.timeZone, l.t.timeRange)
  return html`<fieldset part="manage-section" id="manage-window">
    <legend>${m.windows}</legend>
    ${listStatus(ctx, 'windows', m.noWindows) ??
    days.map(
      (day) => html`<fieldset class="day">
        <legend>${day.label}</legend>
        <ul class="options">
          ${day.windows.map(({ window, label }) => {
            const chosen = isChosen(window)
            return html`<li>
              <button
                part="window-option"
                type="button"
                aria-pressed=${String(chosen)}
                ?disabled=${!window.available && !chosen}
                @click=${() => choose(window)}
              >
                <span>${label}</span>
                ${chosen
                  ? html`<span class="tag">${m.chosen}</span>`
                  : window.available
                    ? nothing
                    : html`<span class="tag">${m.full}</span>`}
              </button>
            </li>`
          })}
        </ul>
      </fieldset>`,
    )}
    ${refusal(ctx, 'window')}
  </fieldset>`
}
