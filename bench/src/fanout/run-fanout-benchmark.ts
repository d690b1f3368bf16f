import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { openStreamClients } from './sse-clients.ts'

const TARGET = fileURLToPath(new URL('./fanout-target.ts', import.meta.url))

const rssKb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN
const round = (x: number) => Math.round(x * 10) / 10

export type FanoutResults = Awaited<ReturnType<typeof runFanoutBenchmark>>

/**
 * Streams held open on one instance (PostgreSQL), position batches posted to it, and for each
 * batch the time until every stream has the new position; then how many pings a second the
 * instance ingests with ETA recompute.
 */
export async function runFanoutBenchmark(options: {
  databaseUrl: string
  streams: number
  batches: number
  ingestSeconds: number
  /** Node flags for the target alone, e.g. `--cpu-prof` to see where the server's time goes. */
  targetFlags?: string[]
}) {
  const args = [...(options.targetFlags ?? []), '--import', 'tsx', TARGET, options.databaseUrl]
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  try {
    const line = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).once('line', resolve)
      child.once('exit', (code) => reject(new Error(`fan-out target exited with ${code}`)))
    })
    const target = JSON.parse(line) as { url: string; apiKey: string; routeIds: string[]; tokens: string[]; pid: number }
    const post = async (routeId: string, positions: Array<{ lat: number; lng: number; at: string }>) => {
      const res = await fetch(`${target.url}/v1/routes/${routeId}/positions`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${target.apiKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ positions }),
      })
      if (res.status !== 202) throw new Error(`positions: ${res.status} ${await res.text()}`)
      return (await res.json()) as { accepted: number }
    }
    // Each route's phone pings once a second of its own clock, which starts a day back: the
    // ingest plays thousands of a route's pings a second, and the API refuses pings dated ahead.
    const clocks = new Map(target.routeIds.map((id) => [id, Date.now() - 24 * 3600_000]))
    const nextPing = (routeId: string) => {
      const at = clocks.get(routeId)! + 1000
      clocks.set(routeId, at)
      return { lat: 48.85, lng: 2.33, at: new Date(at).toISOString() }
    }
    const [fanRoute] = target.routeIds as [string]
    await post(fanRoute, [nextPing(fanRoute)])

    // Drivers' apps send what they buffered, 25 pings a call; every batch triggers a recompute.
    let ingested = 0
    let turn = 0
    const until = performance.now() + options.ingestSeconds * 1000
    const started = performance.now()
    const worker = async () => {
      while (performance.now() < until) {
        const routeId = target.routeIds[turn++ % target.routeIds.length]!
        // Awaited before adding: `ingested += await …` would read the total before the wait
        // and drop the other workers' counts made meanwhile.
        const { accepted } = await post(routeId, Array.from({ length: 25 }, () => nextPing(routeId)))
        ingested += accepted
      }
    }
    await Promise.all(Array.from({ length: 8 }, worker))
    const pingsPerSecond = Math.round(ingested / ((performance.now() - started) / 1000))


    // The privacy rule shows the position to the four nearest stops: the streams watch those.
    const urls = target.tokens.slice(0, 4).map((token) => `${target.url}/v1/track/${token}/stream`)
    const rssBefore = rssKb(target.pid)
    const clients = await openStreamClients(urls, options.streams)
    await new Promise((resolve) => setTimeout(resolve, 1_000))
    const rssAfter = rssKb(target.pid)

    const latencies: number[] = []
    let missed = 0
    for (let batch = 0; batch < options.batches; batch++) {
      const ping = nextPing(fanRoute)
      const started = performance.now()
      const receipts = clients.waitFor(ping.at, 10_000)
      await post(fanRoute, [ping])
      const times = await receipts
      missed += options.streams - times.length
      latencies.push(...times.map((t) => t - started))
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    clients.close()
    latencies.sort((a, b) => a - b)

    return {
      streams: options.streams,
      memoryPerStreamKb: round((rssAfter - rssBefore) / options.streams),
      deliveries: latencies.length,
      missed,
      postToReceiptMs: { p50: round(quantile(latencies, 0.5)), p99: round(quantile(latencies, 0.99)), max: round(latencies.at(-1) ?? Number.NaN) },
      pingsPerSecond,
    }
  } finally {
    child.kill()
  }
}
