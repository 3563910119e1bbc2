/** The search dictionary, built from the content by src/integrations/search. */
declare module 'virtual:search-dictionary' {
  const data: import('../../lib/search/dictionary.ts').DictionaryData;
  export default data;
}
