/**
 * Run work the first screen does not need once the page has loaded and the
 * browser is idle: its modules are then fetched (and kept by the service
 * worker, so they work offline later) without adding to the start-up tasks
 * a phone runs before the page answers.
 */
export function whenIdle(work: () => void): void {
  const soon = () =>
    'requestIdleCallback' in window ? requestIdleCallback(work, { timeout: 2000 }) : setTimeout(work, 200);
  if (document.readyState === 'complete') soon();
  else window.addEventListener('load', soon, { once: true });
}
