import { fileURLToPath } from 'node:url';

/** Project root and build output, for scripts and tests. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST = fileURLToPath(new URL('../../dist/', import.meta.url));
