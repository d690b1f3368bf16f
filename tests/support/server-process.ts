import { type ChildProcess, spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const ENTRY = fileURLToPath(new URL('../../server/src/entry/node.ts', import.meta.url))

export type ServerProcess = {
  url: string
  process: ChildProcess
  stop(): Promise<void>
  /** Kills it without warning, as a crash or an OOM kill would. */
  kill(): Promise<void>
}

/** Starts `server/src/entry/node.ts` as its own process, configured only by environment. */
export async function startServerProcess(env: Record<string, string>): Promise<ServerProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const errors: string[] = []
  child.stderr!.on('data', (chunk: Buffer) => errors.push(chunk.toString()))
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      const parsed = JSON.parse(line) as { message?: string; url?: string }
      if (parsed.message === 'porchlight listening' && parsed.url) resolve(parsed.url)
    })
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${errors.join('')}`)))
  })
  const signal = (name: NodeJS.Signals) =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill(name)
    })
  return {
    url,
    process: child,
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
  }
}
