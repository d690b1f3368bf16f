import type { Problem } from '@porchlight/shared'
import { beforeAll, expect, it } from 'vitest'
import { createShipment, createTenant, shopper } from '../../../test/fixtures.ts'
import { describeWithDatabases } from '../../../test/test-app.ts'

describeWithDatabases("the widget's writes from the retailer's storefront", (get) => {
  let token: string
  beforeAll(async () => {
    const { apiKey } = await createTenant(get(), { allowedOrigins: ['https://shop.example'] })
    token = (await createShipment(get(), apiKey)).trackingToken
  })

  const preflight = (origin: string, path = '/safe-place') =>
    get().call('OPTIONS', `/v1/track/${token}${path}`, {
      headers: { Origin: origin, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'content-type' },
    })

  it("lets the tenant's own storefront send JSON writes", async () => {
    const res = await preflight('https://shop.example')
    expect(res.status).toBe(204)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example')
    expect(res.headers.get('Access-Control-Allow-Methods')).toContain('PUT')
    expect(res.headers.get('Access-Control-Allow-Headers')).toContain('Content-Type')
    expect(res.headers.get('Vary')).toContain('Origin')
  })

  it('gives any other page no permission', async () => {
    const res = await preflight('https://evil.example')
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull()
    const write = await shopper(get(), token)('PUT', '/safe-place', { place: 'porch' }, { Origin: 'https://evil.example' })
    expect(write.headers.get('Access-Control-Allow-Origin')).toBeNull()
  })

  it("lets the storefront read a refused write's problem code", async () => {
    const res = await shopper(get(), token)('PUT', '/safe-place', { place: 'roof' }, { Origin: 'https://shop.example' })
    expect(res.status).toBe(400)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('https://shop.example')
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(((await res.json()) as Problem).code).toBe('validation_failed')
  })
})
