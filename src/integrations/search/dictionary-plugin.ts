/**
 * A Vite plugin serving the search dictionary as the virtual module
 * `virtual:search-dictionary`, built from the content when first imported.
 * Registered for the page bundles and for the search worker's bundle.
 */
import type { Plugin } from 'vite';
import { buildSiteDictionary } from '../../loaders/search-dictionary.ts';

const DICTIONARY_MODULE = 'virtual:search-dictionary';
const RESOLVED = `\0${DICTIONARY_MODULE}`;

export function dictionaryPlugin(root: string): Plugin {
  return {
    name: 'dangjian:search-dictionary',
    resolveId: (id) => (id === DICTIONARY_MODULE ? RESOLVED : undefined),
    load: (id) =>
      id === RESOLVED ? `export default ${JSON.stringify(buildSiteDictionary(root))};` : undefined,
  };
}
