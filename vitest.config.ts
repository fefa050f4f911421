import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/{engine,check,plugins,cli,config,robustness}/**/*.test.ts'],
          testTimeout: 60_000
        }
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          globalSetup: ['tests/site/build-sites.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false
        }
      }
    ]
  }
})
