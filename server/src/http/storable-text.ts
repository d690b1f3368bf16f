import { createMiddleware } from 'hono/factory'
import type { AppEnv } from '../env.ts'
import { validationFailed } from '../errors/api-error.ts'

// PostgreSQL's text cannot hold U+0000, and a lone surrogate has no UTF-8 form: either would
// fail inside the database, as a 500, after the request had passed every schema.
const UNSTORABLE = /\u0000|\p{Cs}/u
const MESSAGE = 'must not contain NUL characters or unpaired surrogates'

/** The dotted path of the first string (or key) in `value` the database could not store. */
export function findUnstorable(value: unknown, path: string[] = []): string | undefined {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path.join('.') || '(body)' : undefined
  if (typeof value !== 'object' || value === null) return undefined
  for (const [key, item] of Object.entries(value)) {
    const at = [...path, key]
    if (UNSTORABLE.test(key)) return at.join('.')
    const found = findUnstorable(item, at)
    if (found !== undefined) return found
  }
  return undefined
}

/** Refuses a JSON body holding text the database could not store, naming the field. */
export function refuseUnstorableBody(body: unknown) {
  const path = findUnstorable(body)
  if (path !== undefined) throw validationFailed([{ path, message: MESSAGE }])
}

/**
 * The same for the query string. A NUL can only arrive percent-encoded (a lone surrogate cannot
 * survive URL decoding at all), so most requests pass on one substring search.
 */
export const storableQuery = createMiddleware<AppEnv>(async (c, next) => {
  if (c.req.url.includes('%00')) {
    for (const [name, values] of Object.entries(c.req.queries())) {
      if (UNSTORABLE.test(name) || values.some((v) => UNSTORABLE.test(v))) {
        throw validationFailed([{ path: `query.${name.replace(UNSTORABLE, '')}`, message: MESSAGE }])
      }
    }
  }
  await next()
})
