import { waitUntil } from '@open-wc/testing'
// Types only: test/dist.test.ts must not load the sources next to the built file.
import type { PorchlightTracker } from '../src/elements/porchlight-tracker/porchlight-tracker.ts'
import { part, parts, readable } from './tracker.ts'

/** Whether the chat panel is open with its conversation loaded. */
export function chatShown(tracker: PorchlightTracker): boolean {
  const panel = part(tracker, 'chat-panel')
  const text = readable(panel)
  return !!panel && !panel.hidden && text !== '' && !text.includes('Loading the conversation…')
}

/** Opens the chat with a click and waits for the conversation. */
export async function openChat(tracker: PorchlightTracker): Promise<HTMLElement> {
  part(tracker, 'chat-button')?.click()
  await waitUntil(() => chatShown(tracker), 'the chat never showed', { timeout: 3000 })
  return part(tracker, 'chat-panel')!
}

/** Each message as the shopper reads it: author, time, "Read", text. */
export function messagesShown(tracker: PorchlightTracker): string[] {
  return parts(tracker, 'chat-message').map(readable)
}

/** The message field. */
export function chatInput(tracker: PorchlightTracker): HTMLTextAreaElement {
  return part(tracker, 'chat-input') as HTMLTextAreaElement
}

/** Types `text` into the message field and presses Send. */
export function sendMessage(tracker: PorchlightTracker, text: string): void {
  const input = chatInput(tracker)
  input.value = text
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }))
  part(tracker, 'chat-send')!.click()
}

/** The text of the chat's alert, once there is one. */
export async function chatAlert(tracker: PorchlightTracker): Promise<string> {
  await waitUntil(() => part(tracker, 'chat-error'), 'no alert')
  const alert = part(tracker, 'chat-error')!
  if (alert.getAttribute('role') !== 'alert') throw new Error('the message is not an alert')
  return readable(alert)
}

/** What the tracker's polite live region reads out. */
export function announced(tracker: PorchlightTracker): string {
  const region = tracker.shadowRoot!.querySelector<HTMLElement>('[aria-live="polite"].visually-hidden')
  return region?.textContent?.trim() ?? ''
}
