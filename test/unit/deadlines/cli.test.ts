import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function run(...args: string[]) {
  const result = spawnSync('npx', ['tsx', 'infra/local/cli/deadline.ts', ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('deadline CLI', () => {
  it('prints one JSON object with the inclusive due date and the trace', () => {
    const { status, stdout } = run('to-cao/thu-ly', '2024-02-07');
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as { due: string; trace: { kind: string }[] };
    expect(result.due).toBe('2024-02-23');
    expect(result.trace.filter((s) => s.kind === 'skip')).toHaveLength(9);
  });

  it('applies variants and maximum-length extensions', () => {
    expect(JSON.parse(run('khieu-nai/lan-2', '2025-03-03', '--variant', 'remote', '--variant', 'complex').stdout).rule.period).toBe(70);
    // 30 + 30 + 30 days from 31/12/2024 = Monday 31/03/2025.
    expect(JSON.parse(run('to-cao/giai-quyet', '2024-12-31', '--extensions', '2').stdout).due).toBe('2025-03-31');
  });

  it.each([
    [['khong-co/quy-tac', '2025-01-20'], 'unknown-rule', 'Không có quy tắc'],
    [['to-cao/thu-ly', '2025-01-20', '--variant', 'urgent'], 'unknown-variant', 'không có trường hợp'],
    [['to-cao/thu-ly', '2025-02-30'], 'invalid-date', 'Ngày không hợp lệ'],
    [['to-cao/giai-quyet', '2025-01-20', '--extensions', '3'], 'extension-limit', 'tối đa 2 lần'],
    [['to-cao/thu-ly'], 'Usage', 'Cách dùng'],
  ])('exits non-zero with a bilingual message for %j', (args, english, vietnamese) => {
    const { status, stdout, stderr } = run(...args);
    expect(status).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain(english);
    expect(stderr).toContain(vietnamese);
  });
});
