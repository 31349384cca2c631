/**
 * The seven vertical groupings of the eTOM. They are pages of their own (slug ids, level 1) and
 * the values allowed in a Level 2 process's `verticals` field. Order is the framework's, left to right.
 */
export const VERTICALS = [
  { id: 'strategy-commit', area: '1.2' },
  { id: 'infrastructure-lifecycle-management', area: '1.2' },
  { id: 'product-lifecycle-management', area: '1.2' },
  { id: 'operations-support-readiness', area: '1.1' },
  { id: 'fulfillment', area: '1.1' },
  { id: 'assurance', area: '1.1' },
  { id: 'billing', area: '1.1' },
] as const;

export type VerticalId = (typeof VERTICALS)[number]['id'];
export const VERTICAL_IDS: string[] = VERTICALS.map((v) => v.id);

export function isVerticalId(id: string): id is VerticalId {
  return VERTICAL_IDS.includes(id);
}
