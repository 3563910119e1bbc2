import { fileURLToPath } from 'node:url';

/** Project root and build output: the scripts' (the bench serves the same dist/). */
export { DIST, ROOT } from '../../scripts/lib/paths.ts';

/** The sub-path the deployment tests publish the site under, as an intranet would. */
export const PREFIX = '/dangjian/';
/** That build (BASE_PATH=/dangjian/), kept apart from dist/ (tests/helpers/build-deploy.ts). */
export const DIST_PREFIX = fileURLToPath(new URL('../../tests/.tmp/dist-dangjian/', import.meta.url));
/** The USB package, made from dist/ by `npm run package:offline`. */
export const DIST_OFFLINE = fileURLToPath(new URL('../../dist-offline/', import.meta.url));
export const OFFLINE_ZIP = fileURLToPath(new URL('../../dist-offline.zip', import.meta.url));
