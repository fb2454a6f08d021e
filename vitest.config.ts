import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'electron/**/*.test.ts',
      'scripts/**/*.test.ts',
      'renderer/**/*.test.ts',
      'eslint/**/*.test.js',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
