import { createHmac, timingSafeEqual } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { WebhookEvent } from '@porchlight/shared'

export type Delivery = { event: WebhookEvent; signatureValid: boolean; status: number; headers: Record<string, string> }

/** Checks `t=<unix seconds>,v1=<hex>` the way a retailer's receiver would. */
export function verifySignature(secret: string, header: string, body: string): boolean {
  const match = /^t=(\d+),v1=([0-9a-f]{64})$/.exec(header)
  if (!match) return false
  const expected = createHmac('sha256', secret).update(`${match[1]}.${body}`).digest()
  return timingSafeEqual(expected, Buffer.from(match[2]!, 'hex'))
}

/**
 * A retailer's webhook endpoint on loopback. `answers` scripts the status of each request in
 * turn (then 200), optionally with headers; every request is kept, accepted or not.
 */
export async function startWebhookReceiver(secret: string, answers: Array<number | { status: number; headers: Record<string, string> }> = []) {
  const deliveries: Delivery[] = []
  const script = [...answers]
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const next = script.shift() ?? 200
      const { status, headers } = typeof next === 'number' ? { status: next, headers: {} } : next
      deliveries.push({
        event: JSON.parse(body) as WebhookEvent,
        signatureValid: verifySignature(secret, String(req.headers['porchlight-signature']), body),
        status,
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
      })
      res.writeHead(status, headers).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`,
    deliveries,
    /** Events accepted with a 2xx, first delivery of each id only, in arrival order. */
    accepted: () => {
      const seen = new Set<string>()
      return deliveries
        .filter((d) => d.status < 300 && !seen.has(d.event.id) && seen.add(d.event.id))
        .map((d) => d.event)
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
