/**
 * The frontmatter schema of a process page: the only definition. The Astro content collection
 * extends Starlight's schema with it, and `npm run check` validates every file against it.
 */
import { z } from 'zod';
import { NUMERIC_ID, SLUG_ID } from './ids.ts';

const idString = z
  .string()
  .refine((s) => NUMERIC_ID.test(s) || SLUG_ID.test(s), {
    message: 'must be an eTOM id such as "1.1.1.5" or a vertical slug such as "fulfillment"',
  });

/**
 * Limits on the strings that are copied into every page (title tag, sidebar, breadcrumbs, search):
 * one line, and short — a 100 KB title once added 145 MB to the built site.
 */
export const LIMITS = { title: 120, summary: 300, alias: 120 } as const;
const ONE_LINE = /^[^\u0000-\u001f\u007f\u2028\u2029]*$/;
const line = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`).regex(ONE_LINE, 'must be one line of text');

export const processFields = {
  id: idString,
  title: line(LIMITS.title),
  level: z.number().int().min(0).max(3),
  parent: idString.optional(),
  summary: line(LIMITS.summary),
  verticals: z.array(z.string()).optional(),
  aliases: z.array(line(LIMITS.alias)).optional(),
  replaces: idString.optional(),
  /** The process(es) that took over this one's work in later releases: one id, or several when it was split. */
  replacedBy: z.union([idString, z.array(idString).min(1)]).optional(),
  /** TM Forum Open APIs that implement the process, by number ("TMF622"), from data/reference/open-apis.csv. */
  openApis: z.array(z.string()).optional(),
  /** SID entities (Aggregate Business Entities) the process handles, by name, from data/reference/sid-entities.csv. */
  sid: z.array(z.string()).optional(),
  /** On a translation: the hash of the English text it was translated from (see i18n freshness). */
  source: z.string().regex(/^[0-9a-f]{12}$/, 'must be the 12-character hash printed by `npm run i18n`').optional(),
};

/** Strict: an unknown key is most often a typo (`vertical:`) that would otherwise be silently dropped. */
export const processSchema = z.strictObject(processFields);

export type ProcessFrontmatter = z.infer<typeof processSchema>;
export const FIELD_NAMES = Object.keys(processFields);

/**
 * An end-to-end flow (content/<locale>/flows/<slug>.mdx): an ordered list of steps, each an eTOM process
 * (Level 2 or 3) and what it does in this flow; `then` names the steps that follow when that is not
 * simply the next one (a branch or a jump), by step number.
 */
export const LIMITS_FLOW = { does: 160 } as const;
export const flowStepSchema = z.strictObject({
  process: z.string().regex(NUMERIC_ID, 'must be a numeric eTOM id such as "1.1.1.5"'),
  does: line(LIMITS_FLOW.does),
  then: z.array(z.number().int().min(1)).min(1).optional(),
});
export const flowFields = {
  id: z.string().regex(SLUG_ID, 'must be the flow\'s slug, such as "order-to-payment"'),
  title: line(LIMITS.title),
  summary: line(LIMITS.summary),
  steps: z.array(flowStepSchema).min(2, 'a flow has at least two steps'),
  source: processFields.source,
};
export const flowSchema = z.strictObject(flowFields);
export type FlowFrontmatter = z.infer<typeof flowSchema>;
export type FlowStep = z.infer<typeof flowStepSchema>;
export const FLOW_FIELD_NAMES = Object.keys(flowFields);
