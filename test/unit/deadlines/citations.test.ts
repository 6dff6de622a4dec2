import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKED_CITATIONS, CITES } from '../../../shared/deadlines/citations.ts';
import { previewDeadline } from '../../../shared/deadlines/index.ts';

const root = path.resolve(import.meta.dirname, '../../..');
const checked = new Set(CHECKED_CITATIONS.map((entry) => entry.citation));

/** Every source file the platform runs (not the tests): what it can print. */
function sourceFiles(): string[] {
  const listed = execFileSync('git', ['ls-files', 'shared', 'functions', 'infra', 'web/src'], { cwd: root, encoding: 'utf8' });
  return listed.split('\n').filter((file) => /\.(ts|tsx)$/.test(file));
}

/** "BLDS 2015 Điều 148.5", "BLDS 2015 Điều 147–148": a civil-code citation as the platform writes it. */
const CIVIL_CODE = /BLDS 2015 Điều \d+(?:\.\d+)?(?:–\d+)?/g;

describe('the citations the platform prints', () => {
  it('are each in the table of checked citations, with what the provision says and where it was read', () => {
    const found = new Map<string, string>();
    for (const file of sourceFiles()) {
      for (const match of readFileSync(path.join(root, file), 'utf8').matchAll(CIVIL_CODE)) found.set(match[0], file);
    }
    expect(found.size).toBeGreaterThan(0);
    const unchecked = [...found].filter(([citation]) => !checked.has(citation));
    expect(unchecked).toEqual([]);
    for (const entry of CHECKED_CITATIONS) {
      expect(entry.says.length, entry.citation).toBeGreaterThan(20);
      expect(entry.source.length, entry.citation).toBeGreaterThan(5);
    }
    expect(checked.size).toBe(CHECKED_CITATIONS.length);
  });

  it('name clause 5 of Article 148, not clause 2 (weeks), when a last day off rolls to the next working day', () => {
    // 10 calendar days from Wednesday 01/10/2025 end on Saturday 11/10: the deadline moves to Monday 13/10.
    const result = previewDeadline({ ruleId: 'khieu-nai/thu-ly', trigger: '2025-10-01' });
    const roll = result.trace.find((step) => step.kind === 'roll');
    expect(result.due).toBe('2025-10-13');
    expect(roll?.text).toContain(CITES.lastDayOff);
    expect(roll?.text).not.toContain('148.2');
    expect(result.trace.find((step) => step.kind === 'start')?.text).toContain(CITES.firstDay);
    for (const cited of Object.values(CITES)) expect(checked).toContain(cited);
  });
});
