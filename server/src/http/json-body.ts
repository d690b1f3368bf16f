import { bodyLimit } from 'hono/body-limit'
import { createMiddleware } from 'hono/factory'
import { ApiError } from '../errors/api-error.ts'
import { refuseUnstorableBody } from './storable-text.ts'

export const MAX_BODY_BYTES = 64 * 1024

const limit = bodyLimit({
  maxSize: MAX_BODY_BYTES,
  onError: () => {
    throw new ApiError('payload_too_large', `The body is larger than ${MAX_BODY_BYTES} bytes.`)
  },
})

// HTTP/1.1 marks a body by its length or chunking; a request built in-process (tests, other
// runtimes) may state only its type.
const hasBody = (req: Request) => {
  const length = req.headers.get('Content-Length')
  if (length !== null) return Number(length) > 0
  return req.headers.has('Transfer-Encoding') || req.headers.has('Content-Type')
}

const JSON_TYPE = /^application\/(?:[\w.-]+\+)?json(?:\s*;|$)/i

/**
 * For writes: caps the body at 64 KiB, requires JSON and parses it once, so that malformed JSON
 * is told apart from a well-formed body with invalid fields. Hono caches the parsed body for the
 * validators that follow.
 */
export const jsonBody = createMiddleware(async (c, next) => {
  if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next()
  // Bodyless writes (a revocation, a rotation) have nothing to parse; routes that need a body
  // still refuse its absence through their validator.
  if (!hasBody(c.req.raw)) return next()
  return limit(c, async () => {
    if (!JSON_TYPE.test(c.req.header('Content-Type') ?? '')) {
      throw new ApiError('unsupported_media_type', 'Send the body as application/json.')
    }
    let body: unknown
    try {
      body = await c.req.json()
    } catch (error) {
      if (error instanceof ApiError) throw error
      throw new ApiError('malformed_json', 'The body is not valid JSON.')
    }
    refuseUnstorableBody(body)
    await next()
  })
})
