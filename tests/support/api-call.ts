/**
 * A caller of a running API: JSON in and out, a bearer credential, and a thrown error naming
 * the call for anything but a 2xx. `baseUrl` is read at call time (the server starts later).
 */
export function apiCall(baseUrl: () => string) {
  return async <T>(method: string, path: string, token: string | undefined, body?: unknown): Promise<T> => {
    const res = await fetch(baseUrl() + path, {
      method,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), 'Content-Type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${await res.text()}`)
    return (await res.json().catch(() => undefined)) as T
  }
}
