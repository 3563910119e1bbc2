/**
 * The lecture's parts in order, each movable up and down and removable with
 * buttons (keyboard operable; each button names the part it acts on).
 */
import { itemLabel, type ResolvedItem } from '../../lib/teaching/lecture.ts';

interface Props {
  items: ResolvedItem[];
  onMove(from: number, to: number): void;
  onRemove(index: number): void;
}

export function Selection({ items, onMove, onRemove }: Props) {
  if (items.length === 0) {
    return <p class="lecture-empty">还没有选择内容。请在“可选材料”中添加整页或单独的小节。</p>;
  }
  return (
    <ol class="lecture-selection" data-lecture-selection>
      {items.map((item, index) => {
        const label = itemLabel(item);
        return (
          <li
            key={`${item.page}:${item.section ?? ''}:${index}`}
            data-lecture-item={item.section ? `${item.page}:${item.section}` : item.page}
          >
            <span class="lecture-selection__label">
              {label}
              {!item.section && <span class="lecture-selection__tag">整页</span>}
            </span>
            <span class="lecture-selection__actions">
              <button
                type="button"
                class="lecture-button lecture-button--small"
                disabled={index === 0}
                onClick={() => onMove(index, index - 1)}
                aria-label={`上移：${label}`}
              >
                上移
              </button>
              <button
                type="button"
                class="lecture-button lecture-button--small"
                disabled={index === items.length - 1}
                onClick={() => onMove(index, index + 1)}
                aria-label={`下移：${label}`}
              >
                下移
              </button>
              <button
                type="button"
                class="lecture-button lecture-button--small"
                onClick={() => onRemove(index)}
                aria-label={`移除：${label}`}
              >
                移除
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
