import { describe, expect, it } from 'vitest'
import { resolveTarget, type TargetKind } from './target-policy.ts'

const hosts: Record<string, string[]> = {
  'public.example': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
  'mixed.example': ['93.184.215.14', '192.168.1.10'],
  'metadata.example': ['169.254.169.254'],
  'mapped.example': ['::ffff:127.0.0.1'],
}
const policy = (allowLoopback: boolean) => ({ allowLoopback, resolveHost: async (h: string) => hosts[h] ?? [] })
const refusal = async (url: string, allowLoopback = false, kind: TargetKind = 'webhook') => {
  const target = await resolveTarget(new URL(url), policy(allowLoopback), kind)
  return target.ok ? undefined : target.refusal
}

describe('outbound target policy', () => {
  it('calls https hosts that resolve only to public addresses, at the addresses it checked', async () => {
    expect(await resolveTarget(new URL('https://public.example/hooks'), policy(false), 'webhook')).toEqual({
      ok: true,
      addresses: ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
    })
    expect(await resolveTarget(new URL('https://93.184.215.14/hooks'), policy(false), 'push')).toEqual({ ok: true, addresses: ['93.184.215.14'] })
  })

  it('refuses plain http, credentials, and names that do not resolve', async () => {
    expect(await refusal('http://public.example/hooks')).toBe('must be an https URL')
    expect(await refusal('https://user:pass@public.example/hooks')).toBe('must not carry credentials')
    expect(await refusal('https://nowhere.example/hooks')).toBe('its host name does not resolve')
  })

  it('refuses anything that could reach a private, loopback, link-local or mapped address', async () => {
    for (const url of [
      'https://mixed.example/',
      'https://metadata.example/',
      'https://mapped.example/',
      'https://127.0.0.1/',
      'https://[::1]/',
      'https://10.0.0.8/',
      'https://172.16.0.1/',
      'https://100.64.0.1/',
      'https://[fd00::1]/',
      'https://[fe80::1]/',
      'https://0.0.0.0/',
      'https://0x7f.1/',
    ]) {
      expect(await refusal(url), url).toBe('must point to a public internet address')
    }
  })

  it('refuses the IPv6 forms that carry an IPv4 address or are not global unicast', async () => {
    for (const url of [
      'https://[::127.0.0.1]/', // IPv4-compatible (deprecated, RFC 4291 §2.5.5.1)
      'https://[::ffff:10.0.0.1]/', // IPv4-mapped
      'https://[2002:7f00:1::]/', // 6to4 of 127.0.0.1
      'https://[64:ff9b::a00:1]/', // NAT64 of 10.0.0.1
      'https://[2001::1]/', // Teredo
      'https://[2001:db8::1]/', // documentation
      'https://[fec0::1]/', // site-local (deprecated)
      'https://[100::1]/', // discard
      'https://[ff02::1]/', // multicast
      'https://[::]/',
    ]) {
      expect(await refusal(url), url).toBe('must point to a public internet address')
    }
  })

  it('lets push endpoints use port 443 only, and webhooks 443 or 8443', async () => {
    expect(await refusal('https://93.184.216.34:22/', false, 'push')).toBe('must use port 443')
    expect(await refusal('https://93.184.216.34:8443/', false, 'push')).toBe('must use port 443')
    expect(await refusal('https://93.184.216.34:443/', false, 'push')).toBeUndefined()
    expect(await refusal('https://public.example:8443/in')).toBeUndefined()
    expect(await refusal('https://public.example:5432/in')).toBe('must use port 443 or 8443')
  })

  it('allows this machine on an explicit port only when loopback targets are enabled', async () => {
    expect(await resolveTarget(new URL('http://127.0.0.1:9000/hooks'), policy(true), 'webhook')).toEqual({ ok: true, addresses: ['127.0.0.1'] })
    expect(await resolveTarget(new URL('http://localhost:9000/hooks'), policy(true), 'push')).toEqual({ ok: true, addresses: ['127.0.0.1'] })
    expect(await refusal('http://127.0.0.1:9000/hooks', false)).toBe('must be an https URL')
    expect(await refusal('https://localhost:9000/hooks', false)).toBe('must use port 443 or 8443')
    expect(await refusal('https://localhost/hooks', true)).toBe('its host name does not resolve')
    expect(await refusal('http://10.0.0.8:9000/hooks', true)).toBe('must be an https URL')
  })
})
