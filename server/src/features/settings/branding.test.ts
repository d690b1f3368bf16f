import type { Problem, TenantSettings, TrackingView } from '@porchlight/shared'
import { beforeAll, expect, it } from 'vitest'
import { createShipment, createTenant } from '../../../test/fixtures.ts'
import { describeWithDatabases } from '../../../test/test-app.ts'

describeWithDatabases("the retailer's brand colours", (get) => {
  let apiKey: string
  beforeAll(async () => {
    apiKey = (await createTenant(get())).apiKey
  })

  const settings = async () =>
    (await (await get().call('GET', '/v1/settings', { token: apiKey })).json()) as TenantSettings
  const patch = (body: unknown) => get().call('PATCH', '/v1/settings', { token: apiKey, body })

  it("reach the shopper's tracker, each scheme changed on its own", async () => {
    const { trackingToken } = await createShipment(get(), apiKey)
    expect((await patch({ branding: { accentColor: '#7a1f5c' } })).status).toBe(200)
    expect((await patch({ branding: { accentColorDark: '#f0a8d0' } })).status).toBe(200)
    const view = (await (await get().call('GET', `/v1/track/${trackingToken}`)).json()) as TrackingView
    expect(view.shipment.retailer.brand).toEqual({ accentColor: '#7a1f5c', accentColorDark: '#f0a8d0' })
    expect((await patch({ branding: { accentColor: null } })).status).toBe(200)
    expect((await settings()).branding).toEqual({ accentColor: null, accentColorDark: '#f0a8d0' })
  })

  it('are turned down, with nothing saved, where button labels would not read against them', async () => {
    const before = await settings()
    const res = await patch({ windowHorizonDays: 30, branding: { accentColor: '#ffd400' } })
    expect(res.status).toBe(400)
    const problem = (await res.json()) as Problem
    expect(problem.errors).toEqual([
      expect.objectContaining({ path: 'branding.accentColor', message: expect.stringMatching(/:1; WCAG AA needs 4.5:1$/) }),
    ])
    expect(await settings()).toEqual(before)
    expect((await patch({ branding: { accentColorDark: '#0a5cad' } })).status).toBe(400)
    expect((await patch({ branding: { accentColor: 'navy' } })).status).toBe(400)
  })
})
