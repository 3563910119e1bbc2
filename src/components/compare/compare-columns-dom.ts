/**
 * The columns of the compare page's two tables, case by case: those the page
 * carries are read from it, the others fetched from their JSON files
 * (routes.compareColumn) on first use. `show` puts the chosen cases' columns
 * into both tables, in the order given, and takes the others out.
 */
import type { CompareColumn } from '../../lib/content/compare-columns.ts';
import { routes } from '../../lib/routes.ts';
import { rebaseLinks } from '../common/rebase-links.ts';
import { loadJson } from '../offline/load-json.ts';

/** A case's cells in one table: its head cell, then one cell per body row. */
interface TableCells {
  head: HTMLTableCellElement;
  rows: HTMLTableCellElement[];
}

/** Which of a column's lists fills which table (data-compare-table). */
const TABLE_ROWS = { fields: 'fields', outline: 'outline' } as const satisfies Record<
  string,
  keyof CompareColumn
>;
type TableKey = keyof typeof TABLE_ROWS;

export class CompareColumns {
  private readonly tables: Array<{ key: TableKey; table: HTMLTableElement }>;
  private readonly cells = new Map<string, Map<TableKey, TableCells>>();
  private readonly loading = new Map<string, Promise<boolean>>();
  private readonly root: Document;

  constructor(root: Document) {
    this.root = root;
    this.tables = [...root.querySelectorAll<HTMLTableElement>('table[data-compare-table]')].flatMap(
      (table) => {
        const key = table.dataset['compareTable'];
        return key === 'fields' || key === 'outline' ? [{ key, table }] : [];
      },
    );
    for (const { key, table } of this.tables) {
      for (const head of table.querySelectorAll<HTMLTableCellElement>('thead th[data-case]')) {
        const slug = head.dataset['case'] ?? '';
        const rows = [
          ...table.querySelectorAll<HTMLTableCellElement>(`tbody td[data-case="${CSS.escape(slug)}"]`),
        ];
        this.cellsOf(slug).set(key, { head, rows });
      }
    }
  }

  /**
   * Opened from a shared link: the tables keep their place but show nothing until the columns are in,
   * rather than the default columns and then others (the rows would jump under the reader).
   * `show` shows them again.
   */
  hold(): void {
    for (const wrap of this.wraps()) wrap.dataset['loading'] = '';
  }

  /** Shows the columns of `slugs`, fetching those not at hand; returns the slugs that could not be fetched. */
  async show(slugs: readonly string[], hideWhileLoading = false): Promise<string[]> {
    const wraps = this.wraps();
    if (hideWhileLoading && slugs.some((slug) => !this.cells.has(slug))) this.hold();
    const fetched = await Promise.all(slugs.map((slug) => this.ensure(slug)));
    for (const wrap of wraps) delete wrap.dataset['loading'];
    const failed = slugs.filter((_, i) => !fetched[i]);
    const ready = slugs.filter((slug) => !failed.includes(slug));
    for (const { key, table } of this.tables) {
      const headRow = table.tHead?.rows[0];
      const bodyRows = [...(table.tBodies[0]?.rows ?? [])];
      if (!headRow) continue;
      for (const cell of table.querySelectorAll('[data-case]')) cell.remove();
      for (const slug of ready) {
        const cells = this.cells.get(slug)?.get(key);
        if (!cells) continue;
        headRow.append(cells.head);
        bodyRows.forEach((row, i) => {
          const cell = cells.rows[i];
          if (cell) row.append(cell);
        });
      }
    }
    return failed;
  }

  /** What the status line says when columns could not be fetched. */
  failedStatus(cities: readonly string[]): string {
    return `未能载入${cities.join('、')}的对照内容（网络不通？），已先移出对照；联网后可再加入。`;
  }

  private wraps(): HTMLElement[] {
    return this.tables.flatMap(({ table }) => table.closest<HTMLElement>('.compare-wrap') ?? []);
  }

  private cellsOf(slug: string): Map<TableKey, TableCells> {
    let cells = this.cells.get(slug);
    if (!cells) {
      cells = new Map();
      this.cells.set(slug, cells);
    }
    return cells;
  }

  /** Whether the case's cells are at hand (fetched now if they were not). */
  private ensure(slug: string): Promise<boolean> {
    if (this.cells.has(slug)) return Promise.resolve(true);
    let request = this.loading.get(slug);
    if (!request) {
      request = (loadJson(routes.compareColumn(slug)) as Promise<CompareColumn & { base: string }>).then(
        (column) => {
          this.add(column);
          return true;
        },
        () => {
          this.loading.delete(slug);
          return false;
        },
      );
      this.loading.set(slug, request);
    }
    return request;
  }

  private add(column: CompareColumn & { base: string }): void {
    const cells = this.cellsOf(column.slug);
    for (const { key } of this.tables) {
      const head = this.root.createElement('th');
      head.scope = 'col';
      head.dataset['case'] = column.slug;
      const link = this.root.createElement('a');
      link.href = column.href;
      link.textContent = column.city;
      head.append(link);
      const rows = column[TABLE_ROWS[key]].map((html) => {
        const cell = this.root.createElement('td');
        cell.dataset['case'] = column.slug;
        // The build's own HTML (compare-columns.ts), from the site's own file.
        cell.innerHTML = html;
        return cell;
      });
      for (const cell of [head, ...rows]) rebaseLinks(cell, column.base);
      cells.set(key, { head, rows });
    }
  }
}
