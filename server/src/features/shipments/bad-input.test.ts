import type { Problem } from '@porchlight/shared'
import { beforeAll, expect, it } from 'vitest'
import { createShipment, createTenant, shipmentBody } from '../../../test/fixtures.ts'
import { describeWithDatabases } from '../../../test/test-app.ts'

describeWithDatabases('bad input to retailer writes', (get) => {
  let apiKey: string
  let shipmentId: string
  beforeAll(async () => {
    apiKey = (await createTenant(get())).apiKey
    shipmentId = (await createShipment(get(), apiKey)).id
  })

  async function expectProblem(res: Response, status: number, code: string) {
    expect(res.status).toBe(status)
    expect(res.headers.get('Content-Type')).toBe('application/problem+json')
    const problem = (await res.json()) as Problem
    expect(problem).toMatchObject({ status, code, type: `urn:porchlight:problem:${code}` })
    expect(problem.requestId).toBe(res.headers.get('X-Request-Id'))
    return problem
  }

  const good = shipmentBody()
  const cases: Array<[string, unknown, string[]]> = [
    ['a wrong type', { ...good, address: { ...good.address, lat: '48.8' } }, ['address.lat']],
    ['an out-of-range latitude', { ...good, address: { ...good.address, lat: 91 } }, ['address.lat']],
    ['an unknown field', { ...good, surprise: true }, ['surprise']],
    ['an unknown nested field', { ...good, recipient: { ...good.recipient, vip: true } }, ['recipient.vip']],
    ['a missing field', { ...good, orderRef: undefined }, ['orderRef']],
    ['an unknown time zone', { ...good, address: { ...good.address, timeZone: 'Mars/Olympus' } }, ['address.timeZone']],
    ['an unknown country', { ...good, address: { ...good.address, country: 'XX' } }, ['address.country']],
    ['an instant without offset', { ...good, promisedWindow: { start: '2026-11-21T13:00:00', end: '2026-11-21T15:00:00Z' } }, ['promisedWindow.start']],
    ['a window that ends before it starts', { ...good, promisedWindow: { start: '2026-11-21T15:00:00Z', end: '2026-11-21T13:00:00Z' } }, ['promisedWindow.end']],
    ['a blank name', { ...good, recipient: { name: '   ' } }, ['recipient.name']],
    ['a control character', { ...good, orderRef: 'A\u0000B' }, ['orderRef']],
    ['a zero-width space in the order reference', { ...good, orderRef: 'ORD\u200B-1' }, ['orderRef']],
    ['a direction override in the order reference', { ...good, orderRef: 'ORD-\u202Eevil' }, ['orderRef']],
    ['a no-break space in the order reference', { ...good, orderRef: 'ORD\u00A01' }, ['orderRef']],
    ['a lone surrogate in a name', { ...good, recipient: { name: 'Ada \uD800' } }, ['recipient.name']],
    ['a NUL deep in the address', { ...good, address: { ...good.address, line2: 'Flat\u00002' } }, ['address.line2']],
    ['a year-0 promised window', { ...good, promisedWindow: { start: '0000-01-01T00:00:00Z', end: '0000-01-01T02:00:00Z' } }, ['promisedWindow.start', 'promisedWindow.end']],
    ['an array body', [good], ['(body)']],
    ['a null body', null, ['(body)']],
  ]

  for (const [what, body, paths] of cases) {
    it(`rejects ${what} with 400 naming the field, writing nothing`, async () => {
      const before = await get().rowCounts()
      const res = await get().call('POST', '/v1/shipments', { token: apiKey, body: JSON.stringify(body) })
      const problem = await expectProblem(res, 400, 'validation_failed')
      expect(problem.errors?.map((e) => e.path)).toEqual(paths)
      expect(await get().rowCounts()).toEqual(before)
    })
  }

  it('keeps names and notes but drops the direction overrides that would show them in another order', async () => {
    const res = await get().call('POST', '/v1/shipments', {
      token: apiKey,
      body: { ...shipmentBody(), recipient: { name: 'Ma\u202Eevil\u202C Li' }, address: { ...good.address, line1: '\u2067שלום\u2069 12' } },
    })
    expect(res.status).toBe(201)
    const { id } = (await res.json()) as { id: string }
    const detail = (await (await get().call('GET', `/v1/shipments/${id}`, { token: apiKey })).json()) as { recipient: { name: string }; address: { line1: string } }
    expect(detail.recipient.name).toBe('Maevil Li')
    expect(detail.address.line1).toBe('שלום 12')
  })

  it('rejects ids that this API could not have returned, and cursors it did not write, naming the field', async () => {
    for (const [path, field] of [
      [`/v1/shipments/${shipmentId}%00`, 'path.id'],
      [`/v1/shipments?cursor=${Buffer.from('["+275760-09-13T00:00:00.000Z","a"]').toString('base64url')}`, 'query.cursor'],
      [`/v1/shipments?cursor=${Buffer.from('["0000-01-01T00:00:00Z","a"]').toString('base64url')}`, 'query.cursor'],
      [`/v1/shipments?cursor=${Buffer.from('["2026-11-21T08:00:00.000Z","a\u0000"]').toString('base64url')}`, 'query.cursor'],
      ['/v1/shipments?orderRef=A%00B', 'query.orderRef'],
      ['/v1/windows?from=0000-01-01T00:00:00Z&to=2026-11-22T00:00:00Z', 'query.from'],
    ] as const) {
      const problem = await expectProblem(await get().call('GET', path, { token: apiKey }), 400, 'validation_failed')
      expect(problem.errors?.map((e) => e.path), path).toEqual([field])
    }
  })

  it('rejects an unknown event type', async () => {
    const res = await get().call('POST', `/v1/shipments/${shipmentId}/events`, {
      token: apiKey,
      body: { type: 'teleported', at: '2026-11-21T08:00:00Z' },
    })
    expect((await expectProblem(res, 400, 'validation_failed')).errors?.[0]?.path).toBe('type')
  })

  it('rejects an event dated hours in the future', async () => {
    const res = await get().call('POST', `/v1/shipments/${shipmentId}/events`, {
      token: apiKey,
      body: { type: 'delivered', at: '2026-11-21T23:00:00Z' },
    })
    expect((await expectProblem(res, 400, 'validation_failed')).errors).toEqual([{ path: 'at', message: 'must not be in the future' }])
  })

  it('tells malformed JSON apart from invalid fields', async () => {
    const before = await get().rowCounts()
    await expectProblem(await get().call('POST', '/v1/shipments', { token: apiKey, body: '{"orderRef": ' }), 400, 'malformed_json')
    await expectProblem(await get().call('POST', '/v1/shipments', { token: apiKey, body: '' }), 400, 'malformed_json')
    expect(await get().rowCounts()).toEqual(before)
  })

  it('refuses a body that is not JSON with 415', async () => {
    const res = await get().call('POST', '/v1/shipments', {
      token: apiKey,
      body: 'orderRef=1',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    })
    await expectProblem(res, 415, 'unsupported_media_type')
  })

  it('refuses a body over 64 KiB with 413, writing nothing', async () => {
    const before = await get().rowCounts()
    const body = JSON.stringify({ ...shipmentBody(), padding: 'x'.repeat(70 * 1024) })
    await expectProblem(await get().call('POST', '/v1/shipments', { token: apiKey, body }), 413, 'payload_too_large')
    expect(await get().rowCounts()).toEqual(before)
  })

  it('answers unknown paths with a problem+json 404', async () => {
    await expectProblem(await get().call('GET', '/v1/nothing-here', { token: apiKey }), 404, 'not_found')
  })

  it('rejects a bad list query with the field named', async () => {
    const res = await get().call('GET', '/v1/shipments?limit=1000&color=red', { token: apiKey })
    const problem = await expectProblem(res, 400, 'validation_failed')
    expect(problem.errors?.map((e) => e.path).sort()).toEqual(['query.color', 'query.limit'])
  })
})
