/**
 * The command-line checker, run as users run it (Node on scripts/check-plan.ts):
 * exit 0 when no 必须 rule fails, 1 when one does, 2 on an unreadable or
 * invalid file or bad arguments; a readable Chinese report or JSON.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../helpers/paths.ts';

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/check-plan.ts'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
const plan = (name: string) => join(ROOT, 'content/data/plans', `${name}.json`);
const temp = (text: string) => {
  const file = join(mkdtempSync(join(tmpdir(), 'check-plan-')), 'plan.json');
  writeFileSync(file, text);
  return file;
};

// Each run starts Node and loads the packs (about a second on this machine).
describe('npm run check-plan', { timeout: 30_000 }, () => {
  it('exits 0 and says so when the plan meets its packs', () => {
    const { status, stdout } = run(plan('xihu-dadangwei'));
    expect(status).toBe(0);
    expect(stdout).toContain('方案：西湖区 社区“大党委”（示例）');
    expect(stdout).toContain('规则包：xihu-dadangwei（西湖区 社区"大党委"（1+1+N+X））');
    expect(stdout).toContain('✓ 符合  [xihu-dadangwei-total-max] 委员总数不超过11人 — 某社区“大党委”');
    expect(stdout).toContain('结论：没有不满足的“必须”类规则。');
  });

  it('exits 1 when a 必须 rule fails, with explanation, fix and citation', () => {
    const { status, stdout } = run(plan('xihu-dadangwei.broken.affiliation-moved'));
    expect(status).toBe(1);
    expect(stdout).toContain(
      '✗ 不符合（必须）  [xihu-dadangwei-part-time-affiliation] 兼职委员不改变党组织隶属关系',
    );
    expect(stdout).toContain('兼职委员「dd-m04」的党组织关系被转入本社区。');
    expect(stdout).toContain('改法：兼职委员的党组织关系留在原单位，不转入社区。');
    expect(stdout).toContain('出处：xihu#s3-2-2 2.建立社区“大党委” → /cases/nanchang-xihu/#xihu-s3-2-2');
    expect(stdout).toContain('结论：有“必须”类规则不满足。');
  });

  it('exits 0 when only 原则上 rules are not met, and shows them as 提示', () => {
    const { status, stdout } = run(plan('xihu-dadangwei.broken.12-members'));
    expect(status).toBe(0);
    expect(stdout).toContain('! 提示（原则上）  [xihu-dadangwei-total-max]');
    expect(stdout).toContain('读法：第一书记是否计入"委员总数"？ —— 计入（默认）');
  });

  it('switches readings with --reading', () => {
    const { stdout } = run(
      plan('xihu-dadangwei.broken.12-members'),
      '--reading',
      'xihu-dadangwei-yuanzeshang=parity-only',
    );
    expect(stdout).toContain('✗ 不符合（必须）  [xihu-dadangwei-total-max]');
    expect(stdout).toContain('（已切换） [xihu-dadangwei-yuanzeshang=parity-only]');
  });

  it('restricts the packs with --pack', () => {
    const { status, stdout } = run(plan('xihu-zonghe.broken.half-yearly-meetings'), '--pack', 'xihu-zonghe');
    expect(status).toBe(0);
    expect(stdout).not.toContain('xihu-jizhi');
  });

  it('prints the results as JSON with --json', () => {
    const { status, stdout } = run(plan('jining.broken.four-at-window'), '--json');
    expect(status).toBe(1);
    const out = JSON.parse(stdout) as {
      plan: { title: string };
      report: { results: Array<{ rule: string; status: string; members: string[] }> };
    };
    expect(out.plan.title).toContain('济宁');
    const window = out.report.results.find((r) => r.rule === 'jining-window');
    expect(window).toMatchObject({
      status: 'fail',
      members: ['jn-c1-m1', 'jn-c1-m2', 'jn-c1-m3', 'jn-c1-m4'],
    });
  });

  it('reads an old-format draft, saying it was migrated', () => {
    const { status, stdout } = run(join(ROOT, 'tests/fixtures/plans/v0-draft.json'), '--pack', 'xihu-weijia');
    expect(status).toBe(0);
    expect(stdout).toContain('旧格式版本 0');
  });

  it('exits 2 with the reasons on an invalid plan', () => {
    const file = temp(
      JSON.stringify({ version: 1, title: '坏方案', root: { id: 'c', kind: '小组', members: [] } }),
    );
    const { status, stderr, stdout } = run(file);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('方案文件无效');
    expect(stderr).toMatch(/根单位「c」 › 层级（kind）：无效选项/);
  });

  it('exits 2 on text that is not JSON, a missing file, or a bad argument', () => {
    const notJson = run(temp('{ 不是 JSON'));
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toContain('不是有效的 JSON 文件');
    expect(run(join(ROOT, 'no-such-plan.json')).status).toBe(2);
    const unknownPack = run(plan('jining'), '--pack', 'no-such-pack');
    expect(unknownPack.status).toBe(2);
    expect(unknownPack.stderr).toContain('没有这些规则包：no-such-pack');
    expect(run().status).toBe(2);
    expect(run(plan('jining'), '--reading', 'oops').status).toBe(2);
  });
});
