import { beforeAll, expect, it } from 'vitest'
import { createShipment, createTenant } from '../../../test/fixtures.ts'
import { ADMIN_TOKEN, describeWithDatabases, PUBLIC_URL } from '../../../test/test-app.ts'

describeWithDatabases('system routes', (get) => {
  let apiKey: string
  let trackingToken: string
  beforeAll(async () => {
    apiKey = (await createTenant(get())).apiKey
    trackingToken = (await createShipment(get(), apiKey)).trackingToken
  })

  it('reports healthy when the database answers', async () => {
    const res = await get().call('GET', '/healthz')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true })
  })

  it('publishes an OpenAPI 3.1 document covering every endpoint', async () => {
    const doc = (await (await get().call('GET', '/openapi.json')).json()) as {
      openapi: string
      paths: Record<string, Record<string, unknown>>
      components: { schemas: Record<string, unknown> }
    }
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths).sort()).toEqual([
      '/v1/admin/tenants',
      '/v1/analytics/summary',
      '/v1/cases',
      '/v1/lookup',
      '/v1/messages',
      '/v1/pickup-points',
      '/v1/pickup-points/{id}',
      '/v1/push/public-key',
      '/v1/recipients/data',
      '/v1/recipients/erase',
      '/v1/routes/{routeId}',
      '/v1/routes/{routeId}/positions',
      '/v1/settings',
      '/v1/shipments',
      '/v1/shipments/{id}',
      '/v1/shipments/{id}/events',
      '/v1/shipments/{id}/messages',
      '/v1/shipments/{id}/messages/read',
      '/v1/shipments/{id}/tracking-token',
      '/v1/track/{token}',
      '/v1/track/{token}/access-needs',
      '/v1/track/{token}/feedback',
      '/v1/track/{token}/instructions',
      '/v1/track/{token}/messages',
      '/v1/track/{token}/messages/read',
      '/v1/track/{token}/pickup-point',
      '/v1/track/{token}/pickup-points',
      '/v1/track/{token}/push-subscriptions',
      '/v1/track/{token}/reschedule',
      '/v1/track/{token}/safe-place',
      '/v1/track/{token}/stream',
      '/v1/track/{token}/windows',
      '/v1/webhook',
      '/v1/windows',
      '/v1/windows/{id}',
    ])
    expect(Object.keys(doc.paths['/v1/shipments'] ?? {}).sort()).toEqual(['get', 'post'])
    expect(doc.components.schemas).toHaveProperty('TrackingView')
    expect(doc.components.schemas).toHaveProperty('Problem')
  })

  it("serves the widget's chunks for good under their hashed names, and nothing else by that pattern", async () => {
    const res = await get().call('GET', '/widget-panel-abc123.js')
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('export const panel = 1')
    expect(res.headers.get('Cache-Control')).toContain('immutable')
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect((await get().call('GET', '/widget-missing-000.js')).status).toBe(404)
    expect((await get().call('GET', '/widget-..%2Fpackage.js')).status).toBe(404)
  })

  it('serves the widget module to any origin, with an ETag', async () => {
    const res = await get().call('GET', '/widget.js')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8')
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    const etag = res.headers.get('ETag') ?? ''
    expect((await get().call('GET', '/widget.js', { headers: { 'If-None-Match': etag } })).status).toBe(304)
  })

  it('serves the widget under the pinned URL its manifest publishes, on the public origin', async () => {
    const { url } = (await (await get().call('GET', '/widget.json')).json()) as { url: string }
    expect(url.startsWith(`${PUBLIC_URL}/widget/`)).toBe(true)
    const pinned = await get().call('GET', new URL(url).pathname)
    expect(pinned.status).toBe(200)
    expect(pinned.headers.get('Cache-Control')).toContain('immutable')
  })

  it('serves the hosted tracking page with the token as an escaped attribute', async () => {
    const res = await get().call('GET', `/t/${trackingToken}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('Referrer-Policy')).toBe('no-referrer')
    expect(res.headers.get('X-Frame-Options')).toBe('DENY')
    const policy = res.headers.get('Content-Security-Policy') ?? ''
    for (const directive of ["default-src 'none'", "frame-ancestors 'none'", "script-src 'self'", "require-trusted-types-for 'script'"]) {
      expect(policy).toContain(directive)
    }
    expect(policy).not.toContain('unsafe-inline')
    expect(await res.text()).toContain(`<porchlight-tracker token="${trackingToken}">`)
    const hostile = await (await get().call('GET', `/t/${encodeURIComponent('"><script>alert(1)</script>')}`)).text()
    expect(hostile).not.toContain('<script>alert(1)')
  })

  it("gives the hosted page the recipient's language, else the browser's, and the shop's name as its heading", async () => {
    const unsaid = (await createShipment(get(), apiKey, { recipient: { name: 'Sam' } })).trackingToken
    const page = async (token: string, acceptLanguage?: string) =>
      (await get().call('GET', `/t/${token}`, { headers: acceptLanguage ? { 'Accept-Language': acceptLanguage } : {} })).text()
    // The fixture's recipient reads French.
    expect(await page(trackingToken, 'de-DE,de;q=0.9')).toContain('<html lang="fr-FR">')
    expect(await page(unsaid, 'pl-PL,pl;q=0.9,en;q=0.5')).toContain('<html lang="pl-PL">')
    expect(await page(unsaid, '"><script>')).toContain('<html lang="en">')
    expect(await page(unsaid)).toContain('<html lang="en">')
    expect(await page(trackingToken)).toMatch(/<h1[^>]*>Maison Lumière<\/h1>/)
  })

  it('hides the admin API behind the admin token', async () => {
    const body = { name: 'Shop', allowedOrigins: [] }
    expect((await get().call('POST', '/v1/admin/tenants', { body })).status).toBe(401)
    expect((await get().call('POST', '/v1/admin/tenants', { body, token: 'wrong' })).status).toBe(401)
    expect((await get().call('POST', '/v1/admin/tenants', { body, token: ADMIN_TOKEN })).status).toBe(201)
  })

  it('rejects a tenant origin with a path, naming the field', async () => {
    const res = await get().call('POST', '/v1/admin/tenants', {
      token: ADMIN_TOKEN,
      body: { name: 'Shop', allowedOrigins: ['https://shop.example/store'] },
    })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { errors: Array<{ path: string }> }).errors[0]?.path).toBe('allowedOrigins.0')
  })
})
