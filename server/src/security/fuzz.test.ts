import { ErrorCode } from '@porchlight/shared'
import fc from 'fast-check'
import { beforeAll, expect, it } from 'vitest'
import { type Endpoint, fillPath, loadEndpoints, type World } from '../../test/endpoints.ts'
import { describeWithDatabases } from '../../test/test-app.ts'
import { buildWorld } from '../../test/world.ts'

// Per database: 280 generated requests for each endpoint that takes a body, an id or a query.
const RUNS_PER_ENDPOINT = Number(process.env.FUZZ_RUNS ?? 280)

type Fuzzed = { path: string; body?: string; contentType?: string }

const jsonTypeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v)

/** What no text field may hold: PostgreSQL refuses NUL, and a lone surrogate has no UTF-8 form. */
const unstorable = fc.constantFrom('\u0000', 'a\u0000b', '\uD800', '\uDFFF', '\uDBFF\u0041', 'x\uDC00')

/** Instants outside what the API accepts: years 0 and 275760, before 1970, days that do not exist. */
const impossibleInstant = fc.constantFrom(
  '0000-01-01T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '-000001-01-01T00:00:00Z',
  '1969-12-31T23:59:59Z',
  '10000-01-01T00:00:00Z',
  '2026-02-30T00:00:00Z',
  '2026-11-21T24:00:01Z',
  '2026-11-21T10:00:00+25:00',
)

const INSTANT = /^\d{4}-\d{2}-\d{2}T/

/** Every string in a JSON value, by its path of keys and indexes. */
function stringLeaves(value: unknown, path: Array<string | number> = []): Array<{ path: Array<string | number>; value: string }> {
  if (typeof value === 'string') return [{ path, value }]
  if (typeof value !== 'object' || value === null) return []
  return Object.entries(value).flatMap(([k, v]) => stringLeaves(v, [...path, Array.isArray(value) ? Number(k) : k]))
}

function withLeaf(value: unknown, path: Array<string | number>, leaf: string): unknown {
  if (path.length === 0) return leaf
  const [head, ...rest] = path
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>
  copy[head!] = withLeaf(copy[head!], rest, leaf)
  return copy
}

/** A body that cannot be valid, made from a valid one. */
const brokenBody = (valid: Record<string, unknown>): fc.Arbitrary<Omit<Fuzzed, 'path'>> => {
  const keys = Object.keys(valid)
  const strings = keys.filter((k) => typeof valid[k] === 'string')
  const leaves = stringLeaves(valid)
  const instants = leaves.filter((l) => INSTANT.test(l.value))
  const json = (value: unknown) => ({ body: JSON.stringify(value), contentType: 'application/json' })
  const anyValue = fc.jsonValue({ maxDepth: 3 })
  // Far too long, for every string field (a filter that can never pass would spin for ever).
  const tooLong = strings.length === 0 ? [] : [fc.constantFrom(...strings).map((k) => json({ ...valid, [k]: `${valid[k]}${'x'.repeat(5000)}` }))]
  // NUL or a lone surrogate anywhere inside any string, however deep.
  const hostileText =
    leaves.length === 0
      ? []
      : [
          fc.tuple(fc.constantFrom(...leaves), unstorable, fc.nat()).map(([leaf, bad, at]) => {
            const i = at % (leaf.value.length + 1)
            return json(withLeaf(valid, leaf.path, `${leaf.value.slice(0, i)}${bad}${leaf.value.slice(i)}`))
          }),
        ]
  const badInstants = instants.length === 0 ? [] : [fc.tuple(fc.constantFrom(...instants), impossibleInstant).map(([leaf, at]) => json(withLeaf(valid, leaf.path, at)))]
  return fc.oneof(
    ...tooLong,
    ...hostileText,
    ...badInstants,
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

const base64url = (text: string) => Buffer.from(text).toString('base64url')

/** Cursors this API never wrote: edited dates and ids, and things that are no cursor at all. */
const tamperedCursor = fc.oneof(
  fc.tuple(fc.oneof(impossibleInstant, fc.constant('not a date')), fc.constantFrom('shp_a', 'a')).map((pair) => base64url(JSON.stringify(pair))),
  fc.tuple(fc.constant('2026-11-21T08:00:00.000Z'), fc.constantFrom('a\u0000', '', 'x'.repeat(200), 'a b', 7, null)).map((pair) => base64url(JSON.stringify(pair))),
  fc.string({ maxLength: 60 }).map(base64url),
  fc.string({ minLength: 1, maxLength: 60 }),
)

/** A value no query parameter takes, for the kind of parameter it is. */
const brokenQueryValue = (parameter: { name: string; format?: string | undefined }) =>
  fc.oneof(
    unstorable.filter((s) => !/[\uD800-\uDFFF]/.test(s)),
    ...(parameter.name === 'cursor' ? [tamperedCursor] : []),
    ...(parameter.format === 'date-time' ? [impossibleInstant] : []),
  )

// Percent-encoded bytes sent as they are: NUL, overlong and lone-surrogate UTF-8, a stray `%`.
const RAW_PIECES = ['%00', 'a%00b', '%ED%A0%80', '%C0%80', '%FF', '%']

/** A path whose marked id, token or query cannot name anything real. */
const brokenPath = (e: Endpoint, w: World): fc.Arbitrary<Fuzzed> => {
  const template = e.path(w)
  const options: Array<fc.Arbitrary<Fuzzed>> = []
  if (template.includes('«')) {
    const junk = fc.oneof(
      fc.string({ minLength: 1, maxLength: 300 }),
      fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }).filter((s) => !/\p{Cs}/u.test(s)),
      fc.constantFrom("' or 1=1 --", '../../etc/passwd', '\u0000', 'a\u0000', '𝕏'.repeat(40), 'a'.repeat(500), 'null', '__proto__'),
    )
    options.push(junk.filter((s) => s.trim() !== '' && s !== '.' && s !== '..').map((s) => ({ path: fillPath(template, () => encodeURIComponent(s)) })))
    options.push(fc.tuple(fc.constantFrom(...RAW_PIECES), fc.boolean()).map(([raw, alone]) => ({ path: fillPath(template, (part) => (alone ? raw : `${part}${raw}`)) })))
  }
  if (e.strictQuery) {
    const [path, query = ''] = fillPath(template).split('?') as [string, string?]
    const known = e.queryParameters.map((p) => p.name)
    const name = fc.string({ minLength: 1, maxLength: 20 }).filter((k) => !known.includes(k))
    options.push(fc.tuple(name, fc.string({ maxLength: 50 })).map(([k, v]) => ({ path: `${path}?${query}${query ? '&' : ''}${encodeURIComponent(k)}=${encodeURIComponent(v)}` })))
    if (e.queryParameters.length > 0) {
      const broken = fc.constantFrom(...e.queryParameters).chain((p) => brokenQueryValue(p).map((value) => [p.name, value] as const))
      options.push(
        broken.map(([k, v]) => {
          const params = new URLSearchParams(query)
          params.set(k, v)
          return { path: `${path}?${params}` }
        }),
      )
    }
  }
  return fc.oneof(...options)
}

describeWithDatabases('hostile input to every endpoint', (get) => {
  let world: World
  let endpoints: Endpoint[]
  beforeAll(async () => {
    world = await buildWorld(get(), 'Fuzz')
    endpoints = await loadEndpoints(get())
  })

  it('answers every generated request with a 4xx problem+json, never a 500, and writes nothing', async () => {
    const before = await get().rowCounts()
    let requests = 0
    for (const endpoint of endpoints) {
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
