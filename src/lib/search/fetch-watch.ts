/**
 * Pagefind loads its index in pieces as queries need them, and when a piece
 * does not arrive it logs the error and searches on without it: with the
 * network gone, a query then finds nothing and the reader is told "没有找到".
 * Watching the fetches it makes lets the search say what really happened.
 */
export interface WatchedFetch {
  fetch: typeof fetch;
  /** Fetches that failed (no answer, or an error status) so far. */
  failures(): number;
}

export function watchFetch(inner: typeof fetch): WatchedFetch {
  let failed = 0;
  const watched = (async (...args: Parameters<typeof fetch>) => {
    try {
      const response = await inner(...args);
      if (!response.ok) failed += 1;
      return response;
    } catch (error) {
      failed += 1;
      throw error;
    }
  }) as typeof fetch;
  return { fetch: watched, failures: () => failed };
}
