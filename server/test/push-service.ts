import { createECDH, createPublicKey, createDecipheriv, hkdfSync, randomBytes, verify } from 'node:crypto'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

const b64url = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url')
const fromB64url = (text: string) => Buffer.from(text, 'base64url')

/** A browser's side of a subscription: the key pair and secret the push service was given. */
export function createBrowserKeys() {
  const ecdh = createECDH('prime256v1')
  ecdh.generateKeys()
  const auth = randomBytes(16)
  return { ecdh, auth, keys: { p256dh: b64url(ecdh.getPublicKey()), auth: b64url(auth) } }
}

export type BrowserKeys = ReturnType<typeof createBrowserKeys>

const hkdf = (salt: Buffer, ikm: Buffer, info: Buffer, length: number) => Buffer.from(hkdfSync('sha256', ikm, salt, info, length))

/** Decrypts an `aes128gcm` push body as the browser would (RFC 8291 keys, RFC 8188 record). */
export function decryptPush(body: Buffer, browser: BrowserKeys): string {
  const salt = body.subarray(0, 16)
  const idLength = body.readUInt8(20)
  const serverPublic = body.subarray(21, 21 + idLength)
  const record = body.subarray(21 + idLength)
  const secret = browser.ecdh.computeSecret(serverPublic)
  const keyInfo = Buffer.concat([Buffer.from('WebPush: info\0'), browser.ecdh.getPublicKey(), serverPublic])
  const ikm = hkdf(browser.auth, secret, keyInfo, 32)
  const key = hkdf(salt, ikm, Buffer.from('Content-Encoding: aes128gcm\0'), 16)
  const nonce = hkdf(salt, ikm, Buffer.from('Content-Encoding: nonce\0'), 12)
  const decipher = createDecipheriv('aes-128-gcm', key, nonce)
  decipher.setAuthTag(record.subarray(record.length - 16))
  const padded = Buffer.concat([decipher.update(record.subarray(0, record.length - 16)), decipher.final()])
  // The last record ends with the delimiter 0x02, then any zero padding.
  let end = padded.length - 1
  while (end >= 0 && padded[end] === 0) end--
  if (padded[end] !== 2) throw new Error('no last-record delimiter')
  return padded.subarray(0, end).toString('utf8')
}

/**
 * Checks `Authorization: vapid t=<JWT>, k=<key>` (RFC 8292): the key is the server's, the ES256
 * signature holds, and the claims name this push service, a near expiry and a contact.
 */
export function verifyVapid(header: string, expected: { publicKey: string; audience: string; subject: string }, now: Date) {
  const match = /^vapid t=([^,\s]+),\s*k=([A-Za-z0-9_-]+)$/.exec(header)
  if (!match) throw new Error(`not a VAPID header: ${header}`)
  const [, jwt, key] = match as unknown as [string, string, string]
  if (key !== expected.publicKey) throw new Error('signed with another key')
  const [head, claims, signature] = jwt.split('.') as [string, string, string]
  const point = fromB64url(key)
  const publicKey = createPublicKey({ key: { kty: 'EC', crv: 'P-256', x: b64url(point.subarray(1, 33)), y: b64url(point.subarray(33, 65)) }, format: 'jwk' })
  const valid = verify('sha256', Buffer.from(`${head}.${claims}`), { key: publicKey, dsaEncoding: 'ieee-p1363' }, fromB64url(signature))
  if (!valid) throw new Error('bad VAPID signature')
  const header_ = JSON.parse(fromB64url(head).toString()) as { alg: string }
  const payload = JSON.parse(fromB64url(claims).toString()) as { aud: string; exp: number; sub: string }
  const seconds = now.getTime() / 1000
  if (header_.alg !== 'ES256') throw new Error(`alg ${header_.alg}`)
  if (payload.aud !== expected.audience) throw new Error(`aud ${payload.aud}`)
  if (payload.sub !== expected.subject) throw new Error(`sub ${payload.sub}`)
  if (!(payload.exp > seconds - 60 && payload.exp <= seconds + 24 * 3600)) throw new Error(`exp ${payload.exp}`)
  return payload
}

export type PushRequest = { path: string; headers: Record<string, string>; body: Buffer; status: number; receivedAt: number }

/**
 * A push service on loopback. `answers` scripts each request's status in turn (then 201), with
 * headers; every request is kept with its raw body.
 */
export async function startPushService(answers: Array<number | { status: number; headers: Record<string, string> }> = []) {
  const requests: PushRequest[] = []
  const script = [...answers]
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const next = script.shift() ?? 201
      const { status, headers } = typeof next === 'number' ? { status: next, headers: {} } : next
      requests.push({
        path: req.url ?? '',
        headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])),
        body: Buffer.concat(chunks),
        status,
        receivedAt: performance.now(),
      })
      res.writeHead(status, headers).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    origin,
    requests,
    /** A new subscription endpoint on this service. */
    endpoint: (name: string) => `${origin}/push/${name}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}
