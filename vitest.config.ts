import { defineConfig } from 'vitest/config'

// Unit and API tests. The widget runs in Chromium (@web/test-runner) and tests/ needs built
// artefacts, so each has its own command inside `pnpm test`.
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'shared', root: './shared', include: ['src/**/*.test.ts'] } },
      { test: { name: 'demo', root: './demo', include: ['src/**/*.test.ts'], testTimeout: 60_000 } },
      {
        test: {
          name: 'server',
          root: './server',
          include: ['src/**/*.test.ts'],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
})
