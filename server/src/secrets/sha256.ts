const encoder = new TextEncoder()

/**
 * Hex SHA-256 of a secret. Tokens and keys are random with ≥128 bits of entropy, so a fast
 * unsalted hash is enough to make a leaked table useless and keeps lookups to one index probe.
 */
export async function sha256Hex(secret: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(secret)))
  let hex = ''
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0')
  return hex
}
