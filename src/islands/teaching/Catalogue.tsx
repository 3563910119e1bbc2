/**
 * The material a lecture can use: every case and topic page, each with its
 * h2 sections, and a button to add the whole page or one section. Pages fold
 * (native <details>), so the list stays short and works from the keyboard.
 */
import type { CataloguePage, LectureItem } from '../../lib/teaching/lecture.ts';
import { routes } from '../../lib/routes.ts';

interface Props {
  catalogue: CataloguePage[];
  onAdd(item: LectureItem, label: string): void;
}

export function Catalogue({ catalogue, onAdd }: Props) {
  const groups = ['案例', '专题'].map((kind) => ({ kind, pages: catalogue.filter((p) => p.kind === kind) }));
  return (
    <div class="lecture-catalogue" data-lecture-catalogue>
      {groups
        .filter((g) => g.pages.length > 0)
        .map((group) => (
          <section key={group.kind} aria-labelledby={`catalogue-${group.kind}`}>
            <h3 id={`catalogue-${group.kind}`}>{group.kind}</h3>
            <ul class="lecture-catalogue__pages">
              {group.pages.map((page) => (
                <li key={page.key} data-catalogue-page={page.key}>
                  <details>
                    <summary>
                      {page.title}
                      <span class="lecture-catalogue__count">（{page.sections.length} 节）</span>
                    </summary>
                    <p>
                      <button
                        type="button"
                        class="lecture-button"
                        onClick={() => onAdd({ page: page.key }, page.title)}
                        aria-label={`添加整页：${page.title}`}
                      >
                        添加整页
                      </button>{' '}
                      <a href={routes.page(page.url)}>阅读原页</a>
                    </p>
                    <ul class="lecture-catalogue__sections">
                      {page.sections.map((section) => (
                        <li key={section.id} data-catalogue-section={`${page.key}:${section.id}`}>
                          <span>{section.title}</span>
                          <button
                            type="button"
                            class="lecture-button lecture-button--small"
                            onClick={() =>
                              onAdd(
                                { page: page.key, section: section.id },
                                `${page.title} · ${section.title}`,
                              )
                            }
                            aria-label={`添加一节：${page.title} · ${section.title}`}
                          >
                            添加
                          </button>
                        </li>
                      ))}
                    </ul>
                  </details>
                </li>
              ))}
            </ul>
          </section>
        ))}
    </div>
  );
}
