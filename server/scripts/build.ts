import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

// `pnpm build`: the server as one JavaScript file, started in production as
// `node server/dist/server.js`, with what it reads at run time beside it.
const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url))
const dist = root('dist')
const widget = root('../widget/dist')
if (!existsSync(`${widget}/widget.js`)) {
  console.error(`No widget build in ${widget}: build the widget first (\`pnpm build\` at the repository root does both).`)
  process.exit(1)
}

const manifest = JSON.parse(readFileSync(root('package.json'), 'utf8')) as { dependencies: Record<string, string> }
// Installed packages stay outside the bundle and load from server/node_modules as usual; the
// workspace's own TypeScript (the shared schemas) goes inside, since Node cannot load it.
const external = Object.entries(manifest.dependencies).flatMap(([name, version]) => (version.startsWith('workspace:') ? [] : [name, `${name}/*`]))

rmSync(dist, { recursive: true, force: true })
await build({
  entryPoints: [root('src/entry/node.ts')],
  outfile: `${dist}/server.js`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.19',
  external,
  define: { PORCHLIGHT_BUILT: 'true' },
  sourcemap: true,
  legalComments: 'none',
  logLevel: 'warning',
})
cpSync(root('src/db/migrations'), `${dist}/migrations`, { recursive: true })
cpSync(widget, `${dist}/widget`, { recursive: true })
console.log(`built ${dist}/server.js`)
