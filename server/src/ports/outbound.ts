/** How outbound calls (webhooks, push) find where a host name points. */
export type ResolveHost = (hostname: string) => Promise<string[]>

/** How the server calls out: retailers' webhooks and push services. */
export type Outbound = {
  /**
   * Calls `url`, connecting only to `addresses` (checked by the target policy) whatever the
   * host name resolves to by then; the name still goes in the TLS handshake and `Host`.
   */
  fetch(url: string, init: RequestInit, addresses: readonly string[]): Promise<Response>
  resolveHost: ResolveHost
}
