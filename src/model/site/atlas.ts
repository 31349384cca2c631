/** The site model: the English tree plus each locale's titles and summaries, and processes.json. */
import { ProcessTree } from './tree.ts';
import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from '../locales.ts';
import { processPath, isNumericId } from '../content/ids.ts';
import { laterReleases } from '../data/reference.ts';
import { flowPath, flowsByProcess, flowSteps, type FlowInput } from './flows.ts';

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
  /** Ids of the processes the page's body links to (see linkedIds in content/text.ts). */
  links?: string[] | undefined;
}

/** A page as the site uses it: `replacedBy` always a list (a process whose work was split has several successors). */
export interface PageInfo extends Omit<PageInput, 'replacedBy'> {
  replacedBy?: string[] | undefined;
}

export class Atlas {
  readonly tree: ProcessTree;
  private readonly pages = new Map<string, Map<string, PageInfo>>();

  private readonly flowPages = new Map<string, Map<string, FlowInput>>();
  /** The English flows, ordered by title: the steps are the same in every language (the checker sees to it). */
  readonly flowIds: string[];
  private readonly stepsOf: Map<string, { flow: string; steps: number[] }[]>;

  constructor(entries: { locale: string; page: PageInput }[], flows: { locale: string; flow: FlowInput }[] = []) {
    for (const { locale, page } of entries) {
      const m = this.pages.get(locale) ?? new Map<string, PageInfo>();
      this.pages.set(locale, m);
      const replacedBy = page.replacedBy === undefined ? undefined : [page.replacedBy].flat();
      if (!m.has(page.id)) m.set(page.id, { ...page, replacedBy });
    }
    this.tree = new ProcessTree([...(this.pages.get(DEFAULT_LOCALE)?.values() ?? [])]);
    for (const { locale, flow } of flows) {
      const m = this.flowPages.get(locale) ?? new Map<string, FlowInput>();
      this.flowPages.set(locale, m);
      if (!m.has(flow.id)) m.set(flow.id, flow);
    }
    const english = [...(this.flowPages.get(DEFAULT_LOCALE)?.values() ?? [])].sort((a, b) => a.title.localeCompare(b.title, 'en'));
    this.flowIds = english.map((f) => f.id);
    this.stepsOf = flowsByProcess(english);
  }

  /** A flow as a reader of that locale sees it: the translation, else the English original. */
  flow(locale: string, id: string): FlowInput | undefined {
    return this.flowPages.get(locale)?.get(id) ?? this.flowPages.get(DEFAULT_LOCALE)?.get(id);
  }

  /** The flows a process is a step of, with its step numbers ("Part of the flows: Order to Payment (steps 3, 5)"). */
  flowsOf(id: string): { flow: string; steps: number[] }[] {
    return this.stepsOf.get(id) ?? [];
  }

  /** The data download flows.json: every flow with its steps (process, layer, successors) and each locale's wording. */
  flowsJson() {
    return {
      flows: this.flowIds.map((id) => {
        const en = this.flowPages.get(DEFAULT_LOCALE)!.get(id)!;
        return {
          id,
          steps: flowSteps(this.tree, en).map((s) => ({ step: s.n, process: s.process, layer: s.layer, next: s.next })),
          locales: Object.fromEntries(
            LOCALE_CODES.map((l: Locale) => {
              const f = this.flowPages.get(l)?.get(id);
              return [l, f ? { title: f.title, summary: f.summary, does: f.steps.map((s) => s.does), url: flowPath(l, id) } : null];
            }),
          ),
        };
      }),
    };
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

  private backlinks: Map<string, Map<string, string[]>> | undefined;

  /**
   * The pages of a locale whose text links to this process, in tree order — from the content itself, so the
   * list follows the writing. A page shown in English as a fallback counts with its English links.
   */
  referencedBy(locale: string, id: string): string[] {
    if (!this.backlinks) {
      this.backlinks = new Map();
      for (const l of LOCALE_CODES) {
        const m = new Map<string, string[]>();
        // Every id in the tree has a page: the tree is built from the English pages.
        for (const from of this.tree.treeOrder()) {
          for (const to of new Set(this.page(l, from)!.links)) if (to !== from && this.tree.has(to)) m.set(to, [...(m.get(to) ?? []), from]);
        }
        this.backlinks.set(l, m);
      }
    }
    return this.backlinks.get(locale)?.get(id) ?? [];
  }

  /** How a process is named in lists and links: "1.1.1.5 Order Handling"; a vertical grouping by its title alone. */
  label(locale: string, id: string): string {
    return isNumericId(id) ? `${id} ${this.title(locale, id)}` : this.title(locale, id);
  }

  /** The data download: every process with its facts, its later-release ids and names, and each locale's wording. */
  processesJson() {
    const later = laterReleases();
    const release = (r: { id?: string; name?: string } | undefined) => (r ? { id: r.id ?? null, name: r.name ?? null } : null);
    return {
      processes: this.tree.treeOrder().map((id) => {
        const n = this.tree.get(id)!;
        const en = this.translated(DEFAULT_LOCALE, id)!; // the tree holds the English pages' ids
        const locales = Object.fromEntries(
          LOCALE_CODES.map((l: Locale) => {
            const p = this.translated(l, id);
            return [l, p ? { title: p.title, summary: p.summary, aliases: p.aliases ?? [], url: processPath(l, id) } : null];
          }),
        );
        const r = later.get(id);
        return {
          id, level: n.level, parent: n.parent ?? null, verticals: n.verticals, children: n.children,
          replacedBy: en.replacedBy ?? [], replaces: en.replaces ?? null,
          openApis: en.openApis ?? [], sid: en.sid ?? [],
          releases: { v21: release(r?.v21), 'v25.5': release(r?.v25) },
          locales,
        };
      }),
    };
  }
}
