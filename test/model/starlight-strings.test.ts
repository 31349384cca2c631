/**
 * Our overrides of Starlight's own interface strings: each replaces a string Starlight really has, keeps
 * its placeholders, and is in the language it is for. (test/site/reading.test.ts checks the built pages.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { STARLIGHT_STRINGS } from '../../src/model/i18n/starlight.ts';
import { LOCALE_CODES } from '../../src/model/locales.ts';

const STARLIGHT_EN = 'node_modules/@astrojs/starlight/dist/translations/en.js';

/** Starlight's English strings, from its own translation file, found as Node finds packages (the nearest node_modules up). */
function starlightEnglish(): Record<string, string> {
  let dir = import.meta.dirname;
  while (!fs.existsSync(path.join(dir, STARLIGHT_EN))) {
    if (path.dirname(dir) === dir) throw new Error(`${STARLIGHT_EN} is missing above ${import.meta.dirname}: Starlight's English strings come with the @astrojs/starlight package`);
    dir = path.dirname(dir);
  }
  const src = fs.readFileSync(path.join(dir, STARLIGHT_EN), 'utf8');
  return Object.fromEntries([...src.matchAll(/^\s*"([\w.]+)": "(.*)",?$/gm)].map((m) => [m[1]!, JSON.parse(`"${m[2]}"`) as string]));
}
const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]);

describe('Starlight string overrides', () => {
  it('override the untranslated-page notice in every locale, the draft notice in Italian and the anchor label in Chinese', () => {
    expect(Object.keys(STARLIGHT_STRINGS)).toEqual(LOCALE_CODES);
    expect(Object.fromEntries(Object.entries(STARLIGHT_STRINGS).map(([l, s]) => [l, Object.keys(s)]))).toEqual({
      en: ['i18n.untranslatedContent'],
      it: ['i18n.untranslatedContent', 'page.draft'],
      zh: ['i18n.untranslatedContent', 'heading.anchorLabel'],
    });
  });

  it('replace strings Starlight has, with the same placeholders', () => {
    const en = starlightEnglish();
    for (const [locale, strings] of Object.entries(STARLIGHT_STRINGS)) {
      for (const [key, value] of Object.entries(strings)) {
        expect(en[key], `${locale} ${key}`).toBeDefined();
        expect(placeholders(value), `${locale} ${key}`).toEqual(placeholders(en[key]!));
      }
    }
    expect(placeholders(STARLIGHT_STRINGS.zh['heading.anchorLabel']!)).toEqual(['title']);
  });

  it('say in each language that the page is shown in English', () => {
    expect(STARLIGHT_STRINGS.en['i18n.untranslatedContent']).toBe('This page is not translated into your language yet; it is shown in English.');
    expect(STARLIGHT_STRINGS.it['i18n.untranslatedContent']).toContain('inglese');
    expect(STARLIGHT_STRINGS.zh['i18n.untranslatedContent']).toContain('英文');
    // The Chinese anchor label is Chinese apart from its placeholder (Starlight's own is English).
    expect(STARLIGHT_STRINGS.zh['heading.anchorLabel']!.replace('{{title}}', '')).not.toMatch(/[A-Za-z]/);
  });
});
