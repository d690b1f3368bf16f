import type { Problem, TrackingView } from '@porchlight/shared'
import type { TrackingErrorCode } from '../events/porchlight-events.ts'

export type TrackingResult =
  | { readonly ok: true; readonly view: TrackingView }
  | { readonly ok: false; readonly status: number; readonly code: TrackingErrorCode }

/**
 * `GET {api}/v1/track/{token}`. A trailing slash or a path prefix on `api` is kept, so a server
 * behind a reverse proxy at `https://shop.example/porchlight` works too.
 */
export function trackingUrl(api: string, token: string): string {
  return `${api.replace(/\/+$/, '')}/v1/track/${encodeURIComponent(token)}`
}

/** Never rejects: every failure, aborts included, comes back as a result with a `code`. */
export async function fetchTrackingView(url: string, signal: AbortSignal): Promise<TrackingResult> {
  let response: Response
  try {
    response = await fetch(url, {
      signal,
      headers: { accept: 'application/json' },
      // The token is the credential; cookies of the API's origin have no business here.
      credentials: 'omit',
      // Each refresh must reach the server, whatever caching sits in between.
      cache: 'no-store',
    })
    if (response.ok) return { ok: true, view: (await response.json()) as TrackingView }
  } catch {
    return { ok: false, status: 0, code: 'network_error' }
  }
  const problem = (await response.json().catch(() => undefined)) as Partial<Problem> | undefined
  // A proxy or CDN answering with its own HTML error page means the API itself was not reached.
  const fallback = response.status === 404 ? 'not_found' : 'network_error'
  return { ok: false, status: response.status, code: problem?.code ?? fallback }
}
