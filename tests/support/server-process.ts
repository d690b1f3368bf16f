import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

/** The production build, as an operator starts it (`pnpm build` makes it; `pnpm test` builds first). */
export const BUILT_SERVER = fileURLToPath(new URL('../../server/dist/server.js', import.meta.url))

export type ServerProcess = {
  url: string
  process: ChildProcess
  stop(): Promise<void>
  /** Kills it without warning, as a crash or an OOM kill would. */
  kill(): Promise<void>
  /** How it ended: its exit code, or the signal that ended it. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

/** Starts the built server (`node server/dist/server.js`) as its own process, configured only by environment. */
export async function startServerProcess(env: Record<string, string>, options: { cwd?: string } = {}): Promise<ServerProcess> {
  if (!existsSync(BUILT_SERVER)) throw new Error(`${BUILT_SERVER} is missing: run \`pnpm build\` first`)
  const child = spawn(process.execPath, [BUILT_SERVER], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(options.cwd ? { cwd: options.cwd } : {}),
  })
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  )
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
    exited,
    stop: () => signal('SIGTERM'),
    kill: () => signal('SIGKILL'),
  }
}
