import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createPinnedFetch } from './pinned-fetch.ts'

describe('outbound calls connect only where the target policy looked', () => {
  const seen: IncomingHttpHeaders[] = []
  let connections = 0
  const server = createServer((req, res) => {
    seen.push(req.headers)
    res.end('ok')
  })
  server.on('connection', () => connections++)
  let port = 0
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    port = (server.address() as AddressInfo).port
  })
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
  const pinnedFetch = createPinnedFetch()

  it('reaches the checked address under the URL’s own host name, which DNS does not know', async () => {
    const res = await pinnedFetch(`http://hooks.rebind.invalid:${port}/in`, { method: 'POST', body: 'x' }, ['127.0.0.1'])
    expect(await res.text()).toBe('ok')
    expect(seen.at(-1)?.host).toBe(`hooks.rebind.invalid:${port}`)
  })

  it('never connects where the name points now when that is not the address checked', async () => {
    // "localhost" resolves to this server; the policy checked 127.0.0.2, where nothing listens.
    const before = connections
    await expect(pinnedFetch(`http://localhost:${port}/in`, { signal: AbortSignal.timeout(2_000) }, ['127.0.0.2'])).rejects.toThrow()
    expect(connections).toBe(before)
  })

  it('refuses to connect at all without a checked address', async () => {
    const before = connections
    await expect(pinnedFetch(`http://localhost:${port}/in`, {}, [])).rejects.toThrow()
    expect(connections).toBe(before)
  })
})
