/**
 * The environment for building the site from a test: this process's, less
 * what Vitest adds. Vitest sets VITEST*, and BASE_URL, MODE, DEV, PROD, SSR
 * for its own import.meta.env; an Astro build inheriting BASE_URL=/ would use
 * it for import.meta.env.BASE_URL whatever its base; with VITEST set, `astro
 * dev` leaves page requests to Vite ("Cannot GET"). NODE_ENV is production:
 * the tests must see the site users get, not Preact's development code.
 */
const VITEST_ONLY = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR']);

export function outsideVitest(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && !VITEST_ONLY.has(name)),
  );
}

export function buildEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  return { ...outsideVitest(), NODE_ENV: 'production', ASTRO_TELEMETRY_DISABLED: '1', ...extra };
}
