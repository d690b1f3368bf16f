import { fileURLToPath } from 'node:url'
import { esbuildPlugin } from '@web/dev-server-esbuild'
import { chromeLauncher } from '@web/test-runner-chrome'
import { mockApiMiddleware } from './test/mock-api-middleware.js'

// Debian's Chromium: the runner's own download cannot reach its host. --no-sandbox because CI
// runs as root.
const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
]

export default {
  files: ['src/**/*.test.ts', 'test/**/*.test.ts'],
  nodeResolve: true,
  middleware: [mockApiMiddleware()],
  plugins: [
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: '/usr/bin/chromium',
        headless: true,
        args: CHROMIUM_FLAGS,
        // A browser zone that is neither UTC nor any fixture's, so a time shown in the wrong
        // zone cannot pass by coincidence.
        env: { ...process.env, TZ: 'Asia/Tokyo' },
      },
    }),
  ],
  // Ten seconds: the reconnection test waits out the 4 s before "Reconnecting…" shows.
  testFramework: { config: { timeout: 10_000 } },
  // Dev mode is what we want in tests (it warns about misuse); its banner on every page is not.
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en-GB">
  <head><link rel="icon" href="data:," /></head>
  <body><script type="module" src="${testFramework}"></script></body>
</html>`,
}
