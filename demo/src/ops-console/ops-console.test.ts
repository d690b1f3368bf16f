import { Hono } from 'hono'
import { describe, expect, it } from 'vitest'
import type { LiveVan } from '../live-van.ts'
import { opsConsoleApp } from './index.ts'

const KEY = 'sk_test_never_in_the_browser'
const clock = { now: () => new Date('2026-11-21T10:00:00Z') }

/** The console in front of a stand-in API that echoes what reached it. */
function consoleWithApi(van: LiveVan | null = null) {
  const calls: Array<{ method: string; path: string; auth: string | undefined; body: string }> = []
  const api = new Hono().all('*', async (c) => {
    calls.push({ method: c.req.method, path: c.req.path + new URL(c.req.url).search, auth: c.req.header('authorization'), body: await c.req.text() })
    if (c.req.path.endsWith('/missing')) return c.json({ code: 'not_found', detail: 'No such shipment' }, 404, { 'Content-Type': 'application/problem+json' })
    return c.json({ ok: true }, 200, { 'Set-Cookie': 'api=1' })
  })
  const app = opsConsoleApp({ apiUrl: 'http://api.test', apiKey: KEY, host: '127.0.0.1', clock, van, fetch: async (input, init) => api.request(input, init) })
  const request = (path: string, init: RequestInit = {}) => app.request(`http://127.0.0.1:8789${path}`, init)
  return { calls, request, app }
}

describe('the ops console backend', () => {
  it('forwards an allowed call with the API key, its query and body, and hands back the answer', async () => {
    const { calls, request } = consoleWithApi()
    const read = await request('/api/v1/analytics/summary?from=a&to=b&timeZone=Europe%2FParis', { headers: { 'Sec-Fetch-Site': 'same-origin' } })
    expect(read.status).toBe(200)
    expect(read.headers.get('set-cookie')).toBeNull()
    const sent = await request('/api/v1/shipments/shp_1/messages', {
      method: 'POST',
      headers: { Origin: 'http://127.0.0.1:8789', 'Content-Type': 'application/json' },
      body: JSON.stringify({ author: 'support', body: 'On my way' }),
    })
    expect(sent.status).toBe(200)
    expect(calls).toEqual([
      { method: 'GET', path: '/v1/analytics/summary?from=a&to=b&timeZone=Europe%2FParis', auth: `Bearer ${KEY}`, body: '' },
      { method: 'POST', path: '/v1/shipments/shp_1/messages', auth: `Bearer ${KEY}`, body: '{"author":"support","body":"On my way"}' },
    ])
  })

  it("passes the API's problems through, so the page can say what went wrong", async () => {
    const res = await consoleWithApi().request('/api/v1/routes/missing')
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(await res.json()).toMatchObject({ code: 'not_found' })
  })

  it('forwards nothing outside its allow-list', async () => {
    const { calls, request } = consoleWithApi()
    const refused = [
      ['POST', '/api/v1/shipments'],
      ['PUT', '/api/v1/webhook'],
      ['POST', '/api/v1/admin/tenants'],
      ['GET', '/api/v1/shipments/..%2F..%2Fadmin/messages'],
      ['POST', '/api/v1/shipments/shp_1/events'],
    ]
    for (const [method, path] of refused) expect((await request(path!, { method: method! })).status, `${method} ${path}`).toBe(404)
    expect(calls).toEqual([])
  })

  it('refuses pages on other sites, and other host names pointed at this port', async () => {
    const { calls, request, app } = consoleWithApi()
    expect((await request('/api/v1/cases', { headers: { 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403)
    const post = { method: 'POST', headers: { Origin: 'https://evil.example' }, body: '{}' }
    expect((await request('/api/v1/shipments/shp_1/messages/read', post)).status).toBe(403)
    expect((await app.request('http://evil.example:8789/api/v1/cases')).status).toBe(403)
    expect((await app.request('http://localhost:8789/api/v1/cases')).status).toBe(200)
    expect(calls).toHaveLength(1)
  })

  it('serves the page under a strict content policy, and never the API key', async () => {
    const { request } = consoleWithApi()
    const page = await request('/')
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    const html = await page.text()
    expect(html).toContain('<h1>Ops console</h1>')
    const script = await request('/assets/ops.js')
    expect(script.headers.get('content-type')).toContain('text/javascript')
    for (const body of [html, await script.text(), await (await request('/demo')).text()]) expect(body).not.toContain(KEY)
    expect((await request('/assets/..%2Findex.ts')).status).toBe(404)
  })
})

describe('the demo controls', () => {
  it('offers none without a van', async () => {
    const { request } = consoleWithApi(null)
    expect(await (await request('/demo')).json()).toEqual({ now: '2026-11-21T10:00:00.000Z', van: null })
    expect((await request('/demo/van/deliver-next', { method: 'POST' })).status).toBe(404)
  })

  it('moves the van along in-process', async () => {
    const done: string[] = []
    const state = { routeId: 'van-1', driver: 'Léa', paused: false, nextStop: 'VAN1-004', stopsLeft: 3 }
    const van: LiveVan = {
      state: () => state,
      pause: async () => void done.push('pause'),
      resume: async () => void done.push('resume'),
      deliverNext: async () => (done.push('deliver'), 'VAN1-004'),
      stop: () => {},
    }
    const { request } = consoleWithApi(van)
    expect(await (await request('/demo/van/deliver-next', { method: 'POST' })).json()).toEqual({ delivered: 'VAN1-004', van: state })
    await request('/demo/van/pause', { method: 'POST' })
    await request('/demo/van/resume', { method: 'POST' })
    expect(done).toEqual(['deliver', 'pause', 'resume'])
    expect((await request('/demo/van/pause', { method: 'POST', headers: { 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403)
  })
})
