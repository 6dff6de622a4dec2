import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKED_CITATIONS, CITES } from '../../../shared/deadlines/citations.ts';
import { previewDeadline } from '../../../shared/deadlines/index.ts';
import { vnRuleSetData } from '../../../shared/deadlines/data/rules-vn.ts';

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

/**
 * Rules marked verified whose provision no stored source holds (docs/research/rule-citations.md): named
 * here, with why, until someone reads the official text; a new verified rule must join the table.
 */
const NOT_YET_READ: Record<string, string> = {
  'to-cao/thu-ly@2019-01-01': 'Luật Tố cáo 2018 Điều 24.1: only the repealed 2011 text (Điều 20) was found',
  'to-cao/chuyen-don@2019-01-01': 'Luật Tố cáo 2018 Điều 24.2: only the repealed 2011 text was found',
  'tiep-cong-dan/tra-loi@2014-07-01': 'Luật Tiếp công dân Điều 28.1: not found; the 10-day period found is plain "ngày", from the xử lý đơn rules',
  'khieu-nai/thu-ly@2026-07-01': 'Luật 136/2025/QH15 and NĐ 155/2026: no text stored (docs/legal-rules.md: read the Law before relying on either)',
};

describe('the citations of the deadline rules', () => {
  const verified = vnRuleSetData().rules.filter((rule) => rule.verified);
  const cited = (rule: (typeof verified)[number]) => `${rule.source.law}, ${rule.source.article}`;

  it('are in the table of checked citations for every verified rule, or named as not yet read', () => {
    const missing = verified.filter((rule) => !checked.has(cited(rule)) && !(`${rule.id}@${rule.version}` in NOT_YET_READ)).map((rule) => `${rule.id}@${rule.version}: ${cited(rule)}`);
    expect(missing).toEqual([]);
  });

  it('name as not yet read only verified rules that exist and are not in the table', () => {
    for (const key of Object.keys(NOT_YET_READ)) {
      const rule = verified.find((candidate) => `${candidate.id}@${candidate.version}` === key);
      expect(rule, key).toBeDefined();
      expect(checked.has(cited(rule!)), key).toBe(false);
    }
  });
});

