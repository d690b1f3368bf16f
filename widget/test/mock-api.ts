import type { Problem, TrackingView } from '@porchlight/shared'

/** One answer of the mock `GET /v1/track/:token`; see test/mock-api-middleware.js. */
export interface MockAnswer {
  readonly status: number
  readonly body: TrackingView | Problem
  readonly delayMs?: number
}

/** A token no other test uses, so tests can script the mock API side by side. */
export function freshToken(name: string): string {
  return `${name}-${crypto.randomUUID()}`
}

/** The mock API answers `token`'s fetches with `answers` in turn, repeating the last. */
export async function scriptTrack(token: string, answers: readonly MockAnswer[]): Promise<void> {
  const response = await fetch(`/__mock/track/${encodeURIComponent(token)}`, {
    method: 'PUT',
    body: JSON.stringify(answers),
  })
  if (response.status !== 204) throw new Error(`scripting the mock API failed: ${response.status}`)
}

/** How many times the widget has fetched `token` so far. */
export async function hitsFor(token: string): Promise<number> {
  const response = await fetch(`/__mock/hits/${encodeURIComponent(token)}`)
  return ((await response.json()) as { hits: number }).hits
}
