/**
 * City filter of the timeline. The selection lives in the URL (?city=长沙,上海)
 * so a filtered timeline can be shared; an empty selection shows nothing and
 * says so, rather than silently showing everything.
 */
export function setUpTimelineFilter(root: Document): void {
  const filter = root.querySelector<HTMLFieldSetElement>('[data-timeline-filter]');
  const timeline = root.querySelector<HTMLElement>('[data-timeline]');
  if (!filter || !timeline) return;
  const boxes = [...filter.querySelectorAll<HTMLInputElement>('input[name="city"]')];
  const count = filter.querySelector<HTMLElement>('[data-timeline-count]');
  const fromUrl = new URL(location.href).searchParams.get('city');
  if (fromUrl) {
    const wanted = new Set(fromUrl.split(','));
    for (const box of boxes) box.checked = wanted.has(box.value);
  }

  const apply = () => {
    const chosen = new Set(boxes.filter((b) => b.checked).map((b) => b.value));
    let shown = 0;
    for (const item of timeline.querySelectorAll<HTMLElement>('li[data-city]')) {
      item.hidden = !chosen.has(item.dataset['city'] ?? '');
      if (!item.hidden) shown += 1;
    }
    for (const year of timeline.querySelectorAll<HTMLElement>('[data-year]')) {
      year.hidden = year.querySelector('li[data-city]:not([hidden])') === null;
    }
    if (count) count.textContent = shown === 0 ? '未选择城市，没有可显示的事件。' : `显示 ${shown} 个事件`;
    const url = new URL(location.href);
    if (chosen.size === boxes.length) url.searchParams.delete('city');
    else url.searchParams.set('city', [...chosen].join(','));
    history.replaceState(null, '', url);
  };
  for (const box of boxes) box.addEventListener('change', apply);
  apply();
}
