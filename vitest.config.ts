import { defineConfig } from 'vitest/config';

/**
 * Three test layers, each runnable alone:
 *  - unit:  pure logic in src/lib (fast, no build);
 *  - build: builds the site once, then asserts on the HTML in dist/;
 *  - e2e:   serves dist/ on 127.0.0.1 and drives Debian's Chromium;
 *  - search: the relevance suite and search checks, in Node against the
 *            built index (the Chromium half is in e2e);
 *  - deploy: the site built under /dangjian/, served there and crawled, and
 *            in Chromium online, offline after a visit and from file:// (the
 *            USB package made from dist/).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          globalSetup: ['tests/helpers/build-once.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/helpers/build-once.ts'],
          testTimeout: 60_000,
          hookTimeout: 300_000,
          // One browser at a time: the machine has two cores.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'deploy',
          include: ['tests/deploy/**/*.test.ts'],
          // dist/ first (reused when there), then the sub-path build and the USB package.
          globalSetup: ['tests/helpers/build-once.ts', 'tests/helpers/build-deploy.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'search',
          include: ['tests/search/**/*.test.ts'],
          globalSetup: ['tests/helpers/build-once.ts'],
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
    ],
  },
});
