import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import autocannon from 'autocannon'

export type Throughput = { requestsPerSecond: number; p50Ms: number; p99Ms: number; errors: number; non2xx: number }

const TARGET = fileURLToPath(new URL('./serve-target.ts', import.meta.url))

export type Target = {
  mode: 'hello' | 'pglite' | 'postgres'
  databaseUrl?: string
  /** The tracking view cache's TTL on the target; 0 sends every request to the database. */
  viewTtlMs?: number
  /** Distinct shipments to spread the load over. */
  shipments?: number
  /** Sent as `Origin` (an allowed storefront): the cost of answering CORS. */
  origin?: string
}

/** Starts a target in a child process, warms it up, then loads its paths with autocannon. */
export async function measureThroughput(
  target: Target,
  options: { seconds: number; connections: number },
): Promise<Throughput> {
  const args = [target.mode, target.databaseUrl ?? '', String(target.viewTtlMs ?? 1000), String(target.shipments ?? 1)]
  const child = spawn(process.execPath, ['--import', 'tsx', TARGET, ...args], { stdio: ['ignore', 'pipe', 'inherit'] })
  try {
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', resolve)
      child.once('exit', (code) => reject(new Error(`${target.mode} target exited with ${code}`)))
    })
    const { url, paths } = JSON.parse(line) as { url: string; paths: string[] }
    let next = 0
    const headers = target.origin ? { Origin: target.origin } : {}
    const requests: autocannon.Request[] = [
      { setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]!, headers: { ...request.headers, ...headers } }) },
    ]
    const load = (duration: number) => autocannon({ url, connections: options.connections, duration, requests })
    await load(2)
    const result = await load(options.seconds)
    return {
      requestsPerSecond: Math.round(result.requests.average),
      p50Ms: result.latency.p50,
      p99Ms: result.latency.p99,
      errors: result.errors,
      non2xx: result.non2xx,
    }
  } finally {
    child.kill()
  }
}
