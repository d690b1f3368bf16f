import type { Clock } from './ports/clock.ts'
import type { IdGenerator } from './ports/ids.ts'

function base64url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

/** Ids and secrets from the platform's cryptographic random source. */
export function createIdGenerator(): IdGenerator {
  const random = (bytes: number) => base64url(crypto.getRandomValues(new Uint8Array(bytes)))
  return {
    // 96 random bits: unguessable enough that ids never need to be secret, short enough to read.
    id: (prefix) => `${prefix}_${random(12)}`,
    secret: (bytes) => random(bytes),
  }
}
