// @ts-check
/** An answer that was not a success, with the API's problem `code` when it gave one. */
export class ApiProblem extends Error {
  /** @param {number} status @param {string} code @param {string} message */
  constructor(status, code, message) {
    super(message)
    this.status = status
    this.code = code
  }
}

/**
 * Calls the console's backend, which forwards to the public API with the key the page never
 * holds. `path` is the API's own path (`/v1/cases`) or the demo's (`/demo`).
 * @template T
 * @param {string} path
 * @param {unknown} [body] sent as JSON with a POST when given
 * @returns {Promise<T>}
 */
export async function call(path, body) {
  const res = await fetch(path.startsWith('/v1/') ? `/api${path}` : path, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { Accept: 'application/json', ...(body === undefined ? {} : { 'Content-Type': 'application/json' }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
  if (!res.ok) {
    /** @type {Partial<import('@porchlight/shared').Problem>} */
    const problem = await res.json().catch(() => ({}))
    throw new ApiProblem(res.status, problem.code ?? 'unknown', problem.detail ?? problem.title ?? `HTTP ${res.status}`)
  }
  return res.status === 204 ? /** @type {T} */ (undefined) : res.json()
}
