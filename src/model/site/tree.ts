/**
 * The process tree, built from the English pages (the one source of truth for the hierarchy).
 * Tolerant of broken input: the checks report problems, the tree never loops or throws on them.
 */
import { compareIds } from '../content/ids.ts';

export interface TreeInput {
  id: string;
  level: number;
  parent?: string | undefined;
  verticals?: string[] | undefined;
}

export interface ProcessNode {
  id: string;
  level: number;
  parent: string | undefined;
  /** Verticals as written (Level 2) or inherited from the nearest ancestor that has them (Level 3). */
  verticals: string[];
  children: string[];
}

export class ProcessTree {
  readonly nodes = new Map<string, ProcessNode>();
  readonly roots: string[] = [];

  constructor(inputs: TreeInput[]) {
    for (const p of inputs) {
      if (this.nodes.has(p.id)) continue; // duplicates are a check error; the first one wins here
      this.nodes.set(p.id, { id: p.id, level: p.level, parent: p.parent, verticals: p.verticals ?? [], children: [] });
    }
    for (const n of this.nodes.values()) {
      const parent = n.parent === undefined ? undefined : this.nodes.get(n.parent);
      if (parent && parent !== n) parent.children.push(n.id);
      else this.roots.push(n.id);
    }
    for (const n of this.nodes.values()) n.children.sort(compareIds);
    this.roots.sort(compareIds);
    for (const n of this.nodes.values()) {
      if (n.verticals.length === 0) n.verticals = this.inheritedVerticals(n.id);
    }
  }

  get(id: string): ProcessNode | undefined {
    return this.nodes.get(id);
  }

  has(id: string): boolean {
    return this.nodes.has(id);
  }

  children(id: string): string[] {
    return this.nodes.get(id)?.children ?? [];
  }

  /** Ancestors from the root down to the parent; stops at a cycle instead of looping. */
  ancestors(id: string): string[] {
    const out: string[] = [];
    const seen = new Set([id]);
    let cur = this.nodes.get(id)?.parent;
    while (cur !== undefined && this.nodes.has(cur) && !seen.has(cur)) {
      out.unshift(cur);
      seen.add(cur);
      cur = this.nodes.get(cur)!.parent;
    }
    return out;
  }

  /** The ids of a cycle through `id`'s parent chain, or undefined when the chain ends at a root. */
  cycleFrom(id: string): string[] | undefined {
    const chain: string[] = [];
    let cur: string | undefined = id;
    while (cur !== undefined && this.nodes.has(cur)) {
      const at = chain.indexOf(cur);
      if (at >= 0) return chain.slice(at);
      chain.push(cur);
      cur = this.nodes.get(cur)!.parent;
    }
    return undefined;
  }

  /** All descendants in tree order (depth first, children in id order). */
  descendants(id: string): string[] {
    const out: string[] = [];
    // A node is the child of its one parent only: the walk can meet a page again only through a cycle back to `id`.
    const walk = (n: string) => {
      for (const c of this.children(n)) {
        if (c === id) continue;
        out.push(c);
        walk(c);
      }
    };
    walk(id);
    return out;
  }

  private order: readonly string[] | undefined;

  /** Every process in reading order: each root followed by its descendants. Computed once: every page asks. */
  treeOrder(): readonly string[] {
    this.order ??= this.roots.flatMap((r) => [r, ...this.descendants(r)]);
    return this.order;
  }

  /** Level 2 processes whose verticals include the given vertical, in id order. */
  inVertical(verticalId: string): string[] {
    return [...this.nodes.values()]
      .filter((n) => n.level === 2 && n.verticals.includes(verticalId))
      .map((n) => n.id)
      .sort(compareIds);
  }

  private inheritedVerticals(id: string): string[] {
    for (const a of this.ancestors(id).reverse()) {
      const v = this.nodes.get(a)!.verticals;
      if (v.length > 0) return v;
    }
    return [];
  }
}
