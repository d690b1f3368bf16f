import ipaddr from 'ipaddr.js'

/** How outbound calls (webhooks, push) find where a host name points. */
export type ResolveHost = (hostname: string) => Promise<string[]>

export type TargetPolicy = { allowLoopback: boolean; resolveHost: ResolveHost }

/** The policy the server's configuration sets. */
export const targetPolicyOf = (deps: { config: { allowLoopbackTargets: boolean }; outbound: { resolveHost: ResolveHost } }): TargetPolicy => ({
  allowLoopback: deps.config.allowLoopbackTargets,
  resolveHost: deps.outbound.resolveHost,
})

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]'])

// Only ordinary internet addresses: anything else could reach the server's own network.
const isPublic = (address: string) => {
  if (!ipaddr.isValid(address)) return false
  const parsed = ipaddr.process(address)
  return parsed.range() === 'unicast'
}

/**
 * Why Porchlight must not call `url`, or `undefined` when it may. `https:` to hosts that resolve
 * only to public addresses; with `allowLoopback` (tests and demos), also `http:` or `https:` to
 * this machine on an explicit port. Checked when a URL is stored and again before each call,
 * since what a name resolves to can change.
 */
export async function refuseTarget(url: URL, policy: TargetPolicy): Promise<string | undefined> {
  if (policy.allowLoopback && LOOPBACK_NAMES.has(url.hostname) && url.port !== '') return undefined
  if (url.protocol !== 'https:') return 'must be an https URL'
  if (url.username || url.password) return 'must not carry credentials'
  const host = url.hostname.replace(/^\[|\]$/g, '')
  let addresses: string[]
  try {
    addresses = ipaddr.isValid(host) ? [host] : await policy.resolveHost(host)
  } catch {
    return 'its host name does not resolve'
  }
  if (addresses.length === 0) return 'its host name does not resolve'
  if (!addresses.every(isPublic)) return 'must point to a public internet address'
  return undefined
}
