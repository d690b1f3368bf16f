import { describe, expect, it } from 'vitest'
import { refuseTarget } from './target-policy.ts'

const hosts: Record<string, string[]> = {
  'public.example': ['93.184.215.14', '2606:2800:21f:cb07:6820:80da:af6b:8b2c'],
  'mixed.example': ['93.184.215.14', '192.168.1.10'],
  'metadata.example': ['169.254.169.254'],
  'mapped.example': ['::ffff:127.0.0.1'],
}
const policy = (allowLoopback: boolean) => ({ allowLoopback, resolveHost: async (h: string) => hosts[h] ?? [] })
const check = (url: string, allowLoopback = false) => refuseTarget(new URL(url), policy(allowLoopback))

describe('outbound target policy', () => {
  it('calls https hosts that resolve only to public addresses', async () => {
    expect(await check('https://public.example/hooks')).toBeUndefined()
    expect(await check('https://93.184.215.14/hooks')).toBeUndefined()
  })

  it('refuses plain http, credentials, and names that do not resolve', async () => {
    expect(await check('http://public.example/hooks')).toMatch(/https/)
    expect(await check('https://user:pass@public.example/hooks')).toMatch(/credentials/)
    expect(await check('https://nowhere.example/hooks')).toMatch(/resolve/)
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
    ]) {
      expect(await check(url), url).toMatch(/public/)
    }
  })

  it('allows this machine on an explicit port only when loopback targets are enabled', async () => {
    expect(await check('http://127.0.0.1:9000/hooks', true)).toBeUndefined()
    expect(await check('http://localhost:9000/hooks', true)).toBeUndefined()
    expect(await check('http://127.0.0.1:9000/hooks', false)).toBeDefined()
    expect(await check('http://10.0.0.8:9000/hooks', true)).toBeDefined()
  })
})
