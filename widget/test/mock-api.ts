import type { LiveEventData, Problem, TrackingView } from '@porchlight/shared'

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

/** One answer of the mock stream to a connection: 200 streams; anything else refuses. */
export interface MockStreamAnswer {
  readonly status: number
  /** Hold the answer this long: a reconnection that takes a while. */
  readonly delayMs?: number
}

/** The mock stream answers `token`'s connections with `answers` in turn, repeating the last. */
export async function scriptStream(
  token: string,
  answers: readonly MockStreamAnswer[],
): Promise<void> {
  await mock('PUT', `/__mock/stream/${encodeURIComponent(token)}`, answers)
}

/** Sends a live event to `token`'s open streams, and keeps it for replays. */
export async function sendEvent<N extends keyof LiveEventData>(
  token: string,
  id: string,
  event: N,
  data: LiveEventData[N],
): Promise<void> {
  await mock('POST', `/__mock/stream/${encodeURIComponent(token)}/events`, { id, event, data })
}

/** Ends `token`'s open streams, as a network drop or a server restart would. */
export async function dropStreams(token: string): Promise<void> {
  await mock('POST', `/__mock/stream/${encodeURIComponent(token)}/drop`)
}

export interface StreamLog {
  /** Every connection made, in order: its `?after=` and `Last-Event-ID`. */
  readonly connections: ReadonlyArray<{ after: string | null; lastEventId: string | null }>
  /** How many are open now. */
  readonly open: number
}

export async function streamLog(token: string): Promise<StreamLog> {
  const response = await fetch(`/__mock/stream/${encodeURIComponent(token)}`)
  return (await response.json()) as StreamLog
}

/** A call to the mock API's own control endpoints, which answer 204. */
export async function mock(method: string, path: string, body?: unknown): Promise<void> {
  const init: RequestInit = { method }
  if (body !== undefined) init.body = JSON.stringify(body)
  const response = await fetch(path, init)
  if (response.status !== 204) throw new Error(`${method} ${path} failed: ${response.status}`)
}
