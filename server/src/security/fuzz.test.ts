import { ErrorCode } from '@porchlight/shared'
import fc from 'fast-check'
import { beforeAll, expect, it } from 'vitest'
import { ENDPOINTS, type Endpoint, fillPath, type World } from '../../test/endpoints.ts'
import { describeWithDatabases } from '../../test/test-app.ts'
import { buildWorld } from '../../test/world.ts'

// Per database: 280 generated requests for each endpoint that takes a body, an id or a query (42 of 47).
const RUNS_PER_ENDPOINT = Number(process.env.FUZZ_RUNS ?? 280)

type Fuzzed = { path: string; body?: string; contentType?: string }

const jsonTypeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)

/** A body that cannot be valid, made from a valid one. */
const brokenBody = (valid: Record<string, unknown>): fc.Arbitrary<Omit<Fuzzed, 'path'>> => {
  const keys = Object.keys(valid)
  const strings = keys.filter((k) => typeof valid[k] === 'string')
  const json = (value: unknown) => ({ body: JSON.stringify(value), contentType: 'application/json' })
  const anyValue = fc.jsonValue({ maxDepth: 3 })
  // Far too long, for every string field (a filter that can never pass would spin for ever).
  const tooLong = strings.length === 0 ? [] : [fc.constantFrom(...strings).map((k) => json({ ...valid, [k]: `${valid[k]}${'x'.repeat(5000)}` }))]
  return fc.oneof(
    ...tooLong,
    // Unknown fields are refused, whatever they hold; `__proto__` included.
    fc.tuple(fc.oneof(fc.string({ minLength: 1, maxLength: 30 }), fc.constantFrom('__proto__', 'constructor', 'tenantId', 'id')), anyValue)
      .filter(([k]) => !keys.includes(k))
      .map(([k, v]) => ({ body: JSON.stringify(valid).replace(/^\{/, `{${JSON.stringify(k)}:${JSON.stringify(v) ?? 'null'},`), contentType: 'application/json' })),
    // A field of the wrong JSON type (never null: some fields may be null).
    fc.tuple(fc.constantFrom(...keys), anyValue.filter((v) => v !== null))
      .filter(([k, v]) => jsonTypeOf(v) !== jsonTypeOf(valid[k]))
      .map(([k, v]) => json({ ...valid, [k]: v })),
    // Not an object at all.
    fc.oneof(fc.array(anyValue, { maxLength: 3 }), fc.double(), fc.string(), fc.boolean(), fc.constant(null)).map(json),
    // Not JSON, or not said to be JSON.
    fc.string({ maxLength: 200 }).map((s) => ({ body: `{${s}`, contentType: 'application/json' })),
    fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data').map((contentType) => ({ body: JSON.stringify(valid), contentType })),
    // Over the size limit.
    fc.constant({ body: JSON.stringify({ ...valid, padding: 'x'.repeat(70 * 1024) }), contentType: 'application/json' }),
  )
}

/** A path whose marked id, token or query cannot name anything real. */
const brokenPath = (e: Endpoint, w: World): fc.Arbitrary<Fuzzed> => {
  const template = e.path(w)
  const options: Array<fc.Arbitrary<Fuzzed>> = []
  if (template.includes('«')) {
    const junk = fc.oneof(
      fc.string({ minLength: 1, maxLength: 300 }),
      fc.constantFrom("' or 1=1 --", '../../etc/passwd', '%00', '𝕏'.repeat(40), 'a'.repeat(500), 'null', '__proto__'),
    )
    options.push(junk.filter((s) => s.trim() !== '' && s !== '.' && s !== '..').map((s) => ({ path: fillPath(template, () => encodeURIComponent(s)) })))
  }
  if (e.strictQuery) {
    const sep = template.includes('?') ? '&' : '?'
    const name = fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !['limit', 'cursor', 'status', 'orderRef', 'from', 'to', 'timeZone', 'after', 'email', 'phone'].includes(k))
    options.push(fc.tuple(name, fc.string({ maxLength: 50 })).map(([k, v]) => ({ path: `${fillPath(template)}${sep}${encodeURIComponent(k)}=${encodeURIComponent(v)}` })))
  }
  return fc.oneof(...options)
}

describeWithDatabases('hostile input to every endpoint', (get) => {
  let world: World
  beforeAll(async () => {
    world = await buildWorld(get(), 'Fuzz')
  })

  it('answers every generated request with a 4xx problem+json, never a 500, and writes nothing', async () => {
    const before = await get().rowCounts()
    let requests = 0
    for (const endpoint of ENDPOINTS) {
      const valid = endpoint.body?.(world)
      const withPath = (body: Omit<Fuzzed, 'path'>) => ({ path: fillPath(endpoint.path(world)), ...body })
      const cases = [
        ...(valid ? [brokenBody(valid).map(withPath)] : []),
        ...(endpoint.path(world).includes('«') || endpoint.strictQuery ? [brokenPath(endpoint, world)] : []),
      ]
      if (cases.length === 0) continue
      await fc.assert(
        fc.asyncProperty(fc.oneof(...cases), async (req) => {
          requests += 1
          // Shopper writes are limited per parcel; move time on so the limit does not hide the checks.
          if (requests % 50 === 0) get().clock.set(new Date(get().clock.now().getTime() + 61_000))
          const credential = endpoint.credential(world)
          const res = await get().app.request(req.path, {
            method: endpoint.method,
            headers: {
              ...(credential ? { Authorization: `Bearer ${credential}` } : {}),
              ...(req.contentType ? { 'Content-Type': req.contentType } : {}),
              'X-Test-Client': `fuzz-${requests}`,
            },
            ...(req.body === undefined ? {} : { body: req.body }),
          })
          const text = await res.text()
          const where = `${endpoint.method} ${req.path.slice(0, 120)} ${req.body?.slice(0, 120) ?? ''} → ${res.status} ${text.slice(0, 200)}`
          expect(res.status, where).toBeGreaterThanOrEqual(400)
          expect(res.status, where).toBeLessThan(500)
          expect(res.headers.get('Content-Type'), where).toBe('application/problem+json')
          expect(ErrorCode.options, where).toContain((JSON.parse(text) as { code: string }).code)
        }),
        { numRuns: RUNS_PER_ENDPOINT, seed: 20261121 },
      )
    }
    expect(requests).toBeGreaterThanOrEqual(10_000)
    expect(await get().rowCounts()).toEqual(before)
    expect(get().errors).toEqual([])
  }, 600_000)
})
