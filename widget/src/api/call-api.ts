import type { FieldError, Problem } from '@porchlight/shared'
import type { TrackingErrorCode } from '../events/porchlight-events.ts'

export type ApiAnswer<T> =
  | { readonly ok: true; readonly body: T }
  | {
      readonly ok: false
      readonly code: TrackingErrorCode
      readonly errors?: readonly FieldError[]
      /** Seconds to wait, from `Retry-After`, when the answer is 429 `rate_limited`. */
      readonly retryAfter?: number
    }

/**
 * One call to the shopper API at `url`, JSON both ways; an empty answer (a 204, or a 201 with no
 * body) is `undefined`. Used by the lazily loaded panels, never by the first load. Never rejects:
 * no answer, or one that is not the API's (a proxy's HTML error page), comes back as
 * `network_error`.
 */
export async function callApi<T>(
  url: string,
  method = 'GET',
  body?: unknown,
): Promise<ApiAnswer<T>> {
  try {
    const response = await fetch(url, {
      method,
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? null : JSON.stringify(body),
      // The token in the path is the credential; cookies of the API's origin have no business here.
      credentials: 'omit',
      cache: 'no-store',
    })
    if (response.ok) {
      const text = await response.text()
      return { ok: true, body: (text ? JSON.parse(text) : undefined) as T }
    }
    const problem = (await response.json().catch(() => undefined)) as Partial<Problem> | undefined
    if (!problem?.code) return { ok: false, code: 'network_error' }
    // Only the delay in seconds: an HTTP date here would need a clock agreed with the server.
    const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN)
    return {
      ok: false,
      code: problem.code,
      errors: problem.errors ?? [],
      ...(retryAfter >= 0 ? { retryAfter } : {}),
    }
  } catch {
    return { ok: false, code: 'network_error' }
  }
}
