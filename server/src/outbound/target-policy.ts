import ipaddr from 'ipaddr.js'
import type { ResolveHost } from '../ports/outbound.ts'

export type TargetPolicy = { allowLoopback: boolean; resolveHost: ResolveHost }

/** The policy the server's configuration sets. */
export const targetPolicyOf = (deps: { config: { allowLoopbackTargets: boolean }; outbound: { resolveHost: ResolveHost } }): TargetPolicy => ({
  allowLoopback: deps.config.allowLoopbackTargets,
  resolveHost: deps.outbound.resolveHost,
})

/**
 * What each kind of target may listen on. Push services all take 443 (RFC 8030 runs over
 * ordinary HTTPS); a retailer's webhook receiver may also sit on 8443, the usual alternative
 * HTTPS port. Anything else could be a mail, SSH or database port inside someone's network.
 */
export const TARGET_PORTS = { push: ['443'], webhook: ['443', '8443'] } as const
export type TargetKind = keyof typeof TARGET_PORTS

const LOOPBACK = new Map([
  ['localhost', '127.0.0.1'],
  ['127.0.0.1', '127.0.0.1'],
  ['[::1]', '::1'],
])

// Global unicast: IPv6 outside 2000::/3, and the special ranges inside it (6to4, Teredo,
// NAT64, documentation), can carry or reach an IPv4 address of the server's own network.
const GLOBAL_IPV6 = ipaddr.IPv6.parseCIDR('2000::/3')

/** Whether `address` is an ordinary internet address, nothing that could reach our own network. */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false
  const parsed = ipaddr.parse(address)
  if (parsed.kind() === 'ipv6') {
    const v6 = parsed as ipaddr.IPv6
    if (v6.isIPv4MappedAddress()) return isPublicAddress(v6.toIPv4Address().toString())
    return v6.match(GLOBAL_IPV6) && v6.range() === 'unicast'
  }
  return parsed.range() === 'unicast'
}

/** A call Porchlight may make: `addresses` are the ones checked, and the only ones to connect to. */
export type Target = { ok: true; addresses: string[] } | { ok: false; refusal: string }

const refused = (refusal: string): Target => ({ ok: false, refusal })

/**
 * Where Porchlight may connect to call `url`, or why it must not. `https:` on the kind's
 * ports to hosts that resolve only to public addresses; with `allowLoopback` (tests and
 * demos), also `http:` or `https:` to this machine on an explicit port. Checked when a URL is
 * stored and again before each call, whose connection then goes to exactly these addresses:
 * resolving the name a second time would let it point somewhere else (DNS rebinding).
 */
export async function resolveTarget(url: URL, policy: TargetPolicy, kind: TargetKind): Promise<Target> {
  const loopback = LOOPBACK.get(url.hostname)
  if (policy.allowLoopback && loopback && url.port !== '') return { ok: true, addresses: [loopback] }
  if (url.protocol !== 'https:') return refused('must be an https URL')
  if (url.username || url.password) return refused('must not carry credentials')
  const ports: readonly string[] = TARGET_PORTS[kind]
  if (!ports.includes(url.port || '443')) return refused(`must use port ${ports.join(' or ')}`)
  const host = url.hostname.replace(/^\[|\]$/g, '')
  let addresses: string[]
  try {
    addresses = ipaddr.isValid(host) ? [host] : await policy.resolveHost(host)
  } catch {
    return refused('its host name does not resolve')
  }
  if (addresses.length === 0) return refused('its host name does not resolve')
  if (!addresses.every(isPublicAddress)) return refused('must point to a public internet address')
  return { ok: true, addresses }
}
