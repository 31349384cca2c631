/** The site model: the English tree plus each locale's titles and summaries, and processes.json. */
import { ProcessTree } from './tree.ts';
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '../locales.ts';
import { processPath, isNumericId } from '../content/ids.ts';

/** A page as its frontmatter gives it. */
export interface PageInput {
  id: string;
  level: number;
  parent?: string | undefined;
  title: string;
  summary: string;
  verticals?: string[] | undefined;
  aliases?: string[] | undefined;
  replaces?: string | undefined;
  replacedBy?: string | string[] | undefined;
  openApis?: string[] | undefined;
  sid?: string[] | undefined;
}

/** A page as the site uses it: `replacedBy` always a list (a process whose work was split has several successors). */
export interface PageInfo extends Omit<PageInput, 'replacedBy'> {
  replacedBy?: string[] | undefined;
}

export class Atlas {
  readonly tree: ProcessTree;
  private readonly pages = new Map<string, Map<string, PageInfo>>();

  constructor(entries: { locale: string; page: PageInput }[]) {
    for (const { locale, page } of entries) {
      const m = this.pages.get(locale) ?? new Map<string, PageInfo>();
      this.pages.set(locale, m);
      const replacedBy = page.replacedBy === undefined ? undefined : [page.replacedBy].flat();
      if (!m.has(page.id)) m.set(page.id, { ...page, replacedBy });
    }
    this.tree = new ProcessTree([...(this.pages.get(DEFAULT_LOCALE)?.values() ?? [])]);
  }

  /** The page in a locale, or undefined when that locale has no translation. */
  translated(locale: string, id: string): PageInfo | undefined {
    return this.pages.get(locale)?.get(id);
  }

  /** The page as a reader of that locale sees it: the translation, else the English original. */
  page(locale: string, id: string): PageInfo | undefined {
    return this.translated(locale, id) ?? this.translated(DEFAULT_LOCALE, id);
  }

  title(locale: string, id: string): string {
    return this.page(locale, id)?.title ?? id;
  }

  /** How a process is named in lists and links: "1.1.1.5 Order Handling"; a vertical grouping by its title alone. */
  label(locale: string, id: string): string {
    return isNumericId(id) ? `${id} ${this.title(locale, id)}` : this.title(locale, id);
  }

  processesJson() {
    return {
      processes: this.tree.treeOrder().map((id) => {
        const n = this.tree.get(id)!;
        const locales = Object.fromEntries(
          LOCALE_CODES.map((l: Locale) => {
            const p = this.translated(l, id);
            return [l, p ? { title: p.title, summary: p.summary, url: processPath(l, id) } : null];
          }),
        );
        return { id, level: n.level, parent: n.parent ?? null, verticals: n.verticals, children: n.children, locales };
      }),
    };
  }
}
