import type { LookupAddress } from 'node:dns'
import { isIP } from 'node:net'
import { Agent, fetch as undiciFetch } from 'undici'
import type { Outbound } from '../ports/outbound.ts'

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void

// Enough for every retailer's receiver and the few push services; the least recently used
// pin is closed beyond it.
const MAX_AGENTS = 64

/**
 * A fetch whose connections go to the addresses the target policy checked, and nowhere else:
 * the socket's DNS lookup answers with them instead of asking DNS again. One keep-alive agent
 * per host and address set, so a name that now points elsewhere gets a new agent, not a
 * pooled connection to the old place.
 */
export function createPinnedFetch(): Outbound['fetch'] {
  const agents = new Map<string, Agent>()
  const agentFor = (hostname: string, addresses: readonly string[]) => {
    const key = `${hostname} ${addresses.join(' ')}`
    const known = agents.get(key)
    if (known) {
      agents.delete(key)
      agents.set(key, known)
      return known
    }
    const pinned: LookupAddress[] = addresses.map((address) => ({ address, family: isIP(address) }))
    const agent = new Agent({
      connect: {
        lookup: (name: string, options: { all?: boolean }, callback: LookupCallback) => {
          if (name !== hostname || pinned.length === 0) {
            callback(Object.assign(new Error(`not a checked host: ${name}`), { code: 'ENOTFOUND' }), [])
          } else if (options.all) callback(null, pinned)
          else callback(null, pinned[0]!.address, pinned[0]!.family)
        },
      },
    })
    agents.set(key, agent)
    if (agents.size > MAX_AGENTS) {
      const [oldest, old] = agents.entries().next().value as [string, Agent]
      agents.delete(oldest)
      void old.close()
    }
    return agent
  }
  return async (url, init, addresses) => {
    const hostname = new URL(url).hostname.replace(/^\[|\]$/g, '')
    const response = await undiciFetch(url, { ...(init as Parameters<typeof undiciFetch>[1]), dispatcher: agentFor(hostname, addresses) })
    return response as unknown as Response
  }
}
