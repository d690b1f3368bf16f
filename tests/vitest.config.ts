import { defineConfig } from 'vitest/config'

// These start real servers, processes and Chromium: one file at a time on 2 cores.
export default defineConfig({
  test: {
    include: ['e2e/**/*.test.ts', 'integration/**/*.test.ts', 'readme/**/*.test.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
  },
})
