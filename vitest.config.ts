import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Property tests read FC_SEED / FC_RUNS; CI keeps the defaults (fixed seed, bounded runs).
    env: { FORCE_COLOR: '0' },
  },
});
