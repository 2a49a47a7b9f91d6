// The pages of one search (one filter set). A new search gets a new store, so answers to an older
// search can never land in the current one. Scrolling forward continues from the previous page's last
// id (keyset: fast at any depth); jumping far uses offset.
import type { ContactSummary, CountResult, SearchPage, SearchRequest } from '../../../../../common/crm';

export const PAGE_SIZE = 100;

export interface PageSource {
  search(request: SearchRequest): Promise<SearchPage>;
  count(request: SearchRequest): Promise<CountResult>;
}

export class PageStore {
  count: CountResult | null = null;
  error: unknown = undefined;
  private readonly pages = new Map<number, SearchPage>();
  private readonly loading = new Set<number>();

  constructor(
    private readonly request: SearchRequest,
    private readonly source: PageSource,
    private readonly changed: () => void,
  ) {}

  loadCount(): void {
    this.source.count(this.request).then(
      (c) => this.update(() => (this.count = c)),
      (e: unknown) => this.update(() => (this.error = e)),
    );
  }

  readonly want = (first: number, last: number): void => {
    for (let p = Math.floor(first / PAGE_SIZE); p <= Math.floor(last / PAGE_SIZE); p++) this.load(p);
  };

  readonly row = (index: number): ContactSummary | undefined => this.pages.get(Math.floor(index / PAGE_SIZE))?.items[index % PAGE_SIZE];

  /** Rows to lay out. An inexact count ("10,000+") grows by a page while the last loaded page was full. */
  rowCount(): number {
    if (!this.count) return 0;
    if (this.count.exact) return this.count.total;
    let end = this.count.total;
    for (const [i, p] of this.pages) end = Math.max(end, i * PAGE_SIZE + p.items.length + (p.nextAfterId ? PAGE_SIZE : 0));
    return end;
  }

  private load(index: number): void {
    if (this.pages.has(index) || this.loading.has(index)) return;
    this.loading.add(index);
    const previous = this.pages.get(index - 1)?.nextAfterId;
    const paging = index === 0 ? {} : previous ? { afterId: previous } : { offset: index * PAGE_SIZE };
    this.source.search({ ...this.request, ...paging, limit: PAGE_SIZE }).then(
      (page) => this.update(() => this.pages.set(index, page)),
      (e: unknown) => this.update(() => (this.error = e)),
    ).finally(() => this.loading.delete(index));
  }

  private update(apply: () => void): void {
    apply();
    this.changed();
  }
}
