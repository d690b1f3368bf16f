import type { Problem } from '@porchlight/shared'
import { beforeAll, expect, it } from 'vitest'
import { createShipment, createTenant } from '../../test/fixtures.ts'
import { ADMIN_TOKEN, describeWithDatabases } from '../../test/test-app.ts'
import { WRONG_CREDENTIALS } from '../rate-limits/wrong-credential.ts'

describeWithDatabases('wrong credentials', (get) => {
  let apiKey: string
  let token: string
  beforeAll(async () => {
    apiKey = (await createTenant(get())).apiKey
    token = (await createShipment(get(), apiKey)).trackingToken
  })
  const as = (client: string) => (path: string, credential?: string, init: { method?: string; body?: unknown } = {}) =>
    get().call(init.method ?? 'GET', path, { ...(credential ? { token: credential } : {}), ...(init.body ? { body: init.body } : {}), headers: { 'X-Test-Client': client } })
  const later = async (ms: number, then: () => Promise<void>) => {
    const start = get().clock.now()
    get().clock.set(new Date(start.getTime() + ms))
    try {
      await then()
    } finally {
      get().clock.set(start)
    }
  }

  it('makes a client that keeps sending wrong API keys wait, while a key that works still gets in', async () => {
    const call = as('key-guesser')
    for (let i = 0; i < WRONG_CREDENTIALS.free; i++) expect((await call('/v1/shipments', `pl_sk_guess-${i}`)).status).toBe(401)
    const refused = await call('/v1/shipments', 'pl_sk_guess-more')
    expect(refused.status).toBe(429)
    expect(refused.headers.get('Retry-After')).toBe('1')
    expect(((await refused.json()) as Problem).code).toBe('rate_limited')
    expect((await call('/v1/shipments', apiKey)).status).toBe(200)
    // Another address is not held up by this one.
    expect((await as('someone-else')('/v1/shipments', 'pl_sk_typo')).status).toBe(401)
    // Each further failure doubles the wait.
    await later(1_000, async () => {
      expect((await call('/v1/shipments', 'pl_sk_guess-again')).status).toBe(401)
      expect((await call('/v1/shipments', 'pl_sk_guess-again')).headers.get('Retry-After')).toBe('2')
    })
  })

  it('makes a client that keeps guessing tracking links wait, and still shows it the parcels it holds a link to', async () => {
    const call = as('link-guesser')
    for (let i = 0; i < WRONG_CREDENTIALS.free; i++) expect((await call(`/v1/track/not-a-link-${i}`)).status).toBe(404)
    expect((await call('/v1/track/not-a-link-either')).status).toBe(429)
    expect((await call(`/v1/track/not-a-link-${0}/instructions`, undefined, { method: 'PUT', body: { text: 'x' } })).status).toBe(429)
    expect((await call(`/v1/track/${token}`)).status).toBe(200)
  })

  it('holds back even the right admin token from a client that has been guessing it, until its wait is over', async () => {
    const call = as('admin-guesser')
    const create = (credential: string) => call('/v1/admin/tenants', credential, { method: 'POST', body: { name: 'Admin guessed', allowedOrigins: [] } })
    for (let i = 0; i < WRONG_CREDENTIALS.free; i++) expect((await create(`admin-${i}`)).status).toBe(401)
    expect((await create(ADMIN_TOKEN)).status).toBe(429)
    await later(1_000, async () => {
      expect((await create(ADMIN_TOKEN)).status).toBe(201)
    })
  })
})
