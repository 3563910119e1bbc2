/**
 * The command-line checker, run as users run it (the project's Node on
 * scripts/check-plan.ts, and `npx check-plan` with the system's Node first
 * on the PATH): exit 0 when no 必须 rule fails, 1 when one does, 2 on an
 * unreadable or invalid file or bad arguments, 3 when a 必须 rule cannot be
 * decided (0 with --allow-incomplete); a Chinese report, or with --json one
 * JSON document on every path, errors included.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
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
const temp = (value: unknown) => {
  const file = join(mkdtempSync(join(tmpdir(), 'check-plan-')), 'plan.json');
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
};
const example = (name: string) => JSON.parse(readFileSync(plan(name), 'utf8')) as Record<string, unknown>;

/** With --json: exactly one JSON document on stdout, whose exitCode is the process's. */
function runJson(...args: string[]) {
  const { status, stdout } = run(...args, '--json');
  const document = JSON.parse(stdout) as {
    ok: boolean;
    exitCode: number;
    error?: { message: string; details: string[] };
    report?: { results: Array<{ rule: string; status: string; severity: string; members: string[] }> };
    plan?: { title: string };
  };
  expect(document.exitCode).toBe(status);
  return document;
}

// Each run starts Node; the first also builds the checker's cache.
describe('check-plan', { timeout: 60_000 }, () => {
  it('exits 0 and says so when the plan meets its packs', () => {
    const { status, stdout } = run(plan('xihu-dadangwei'));
    expect(status).toBe(0);
    expect(stdout).toContain('方案：西湖区 社区“大党委”（示例）');
    expect(stdout).toContain('规则包：xihu-dadangwei（西湖区 社区“大党委”（1+1+N+X））');
    expect(stdout).toContain('✓ 符合  [xihu-dadangwei-total-max] 委员总数不超过11人 — 某社区“大党委”');
    expect(stdout).toContain('结论：没有不符合的“必须”类规则。');
  });

  it('exits 1 when a 必须 rule fails, with the reason, the people by name, the fix and the passage', () => {
    const value = example('xihu-dadangwei.broken.affiliation-moved');
    const file = temp(JSON.stringify(value).replace('"id":"dd-m04",', '"id":"dd-m04","name":"李某",'));
    const { status, stdout } = run(file);
    expect(status).toBe(1);
    expect(stdout).toContain(
      '✗ 不符合（必须）  [xihu-dadangwei-part-time-affiliation] 兼职委员不改变党组织隶属关系',
    );
    expect(stdout).toContain('兼职委员李某的党组织关系转入了本社区');
    expect(stdout).toContain('改法：兼职委员的党组织关系留在原单位，不转入社区。');
    expect(stdout).toContain('涉及成员：李某');
    expect(stdout).toContain('原文：“不改变党组织隶属关系”');
    expect(stdout).toMatch(
      /出处：《江西省南昌市西湖区：推行社区“大党委”.*》 2\.建立社区“大党委”（\/cases\/nanchang-xihu\/#xihu-s3-2-2）/,
    );
    expect(stdout).toContain('结论：有“必须”类规则不符合。');
    expect(stdout).not.toContain('dd-m04');
    expect(stdout).not.toMatch(/[\u4e00-\u9fff，。]"|"[\u4e00-\u9fff]/);
  });

  it('exits 0 when only 原则上 rules are not met, and shows them as 提示', () => {
    const { status, stdout } = run(plan('xihu-dadangwei.broken.12-members'));
    expect(status).toBe(0);
    expect(stdout).toContain('! 提示（原则上）  [xihu-dadangwei-total-max]');
    expect(stdout).toContain('读法：第一书记是否计入“委员总数”？——计入（默认）');
  });

  it('exits 3 when a 必须 rule cannot be decided for lack of information, 0 with --allow-incomplete', () => {
    const value = example('xihu-dadangwei');
    delete (value['root'] as Record<string, unknown>)['duties'];
    const file = temp(value);
    const { status, stdout } = run(file);
    expect(status).toBe(3);
    expect(stdout).toContain('? 待填写（必须）');
    expect(stdout).toContain('结论：没有不符合的“必须”类规则，但有“必须”类规则因缺少信息还不能判断。');
    expect(run(file, '--allow-incomplete').status).toBe(0);
    const json = runJson(file);
    expect(json.exitCode).toBe(3);
    expect(json.report?.results.some((r) => r.status === 'needs-info' && r.severity === 'error')).toBe(true);
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

  it('uses the packs of the template a plan started from when it names none, and asks for --pack otherwise', () => {
    const value = example('jining');
    delete value['packs'];
    const noPacks = run(temp(value));
    expect(noPacks.status).toBe(2);
    expect(noPacks.stderr).toContain('方案没有指定规则包');
    expect(noPacks.stderr).toContain('--pack');
    value['template'] = 'jining';
    const withTemplate = run(temp(value));
    expect(withTemplate.status).toBe(0);
    expect(withTemplate.stdout).toContain('规则包：jining');
  });

  it('reads an old-format file, saying it was migrated', () => {
    const { status, stdout } = run(join(ROOT, 'tests/fixtures/plans/v0-draft.json'), '--pack', 'xihu-weijia');
    expect(stdout).toContain('旧格式版本 0');
    expect([0, 3]).toContain(status);
    const v1 = { ...example('jining'), version: 1 };
    const fromV1 = run(temp(v1));
    expect(fromV1.status).toBe(0);
    expect(fromV1.stdout).toContain('旧格式版本 1');
  });

  it('exits 2 with the reasons on an invalid plan', () => {
    const file = temp({ version: 2, title: '坏方案', root: { id: 'c', kind: '小组', members: [] } });
    const { status, stderr, stdout } = run(file);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('方案文件无效');
    expect(stderr).toMatch(/根单位「c」 › 层级（kind）：/);
  });

  it('exits 2 on text that is not JSON, a missing file, bad arguments or a bad reading', () => {
    const notJson = run(temp('{ 不是 JSON'));
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toContain('不是有效的 JSON 文件');
    expect(run(join(ROOT, 'no-such-plan.json')).status).toBe(2);
    const unknownPack = run(plan('jining'), '--pack', 'no-such-pack');
    expect(unknownPack.status).toBe(2);
    expect(unknownPack.stderr).toContain('没有这些规则包：no-such-pack');
    expect(run().status).toBe(2);
    expect(run(plan('jining'), '--no-such-flag').status).toBe(2);
    expect(run(plan('jining'), '--reading', 'oops').status).toBe(2);
    const unknownQuestion = run(plan('xihu-dadangwei'), '--reading', 'no-such-question=x');
    expect(unknownQuestion.status).toBe(2);
    expect(unknownQuestion.stderr).toContain('没有读法问题“no-such-question”');
    const unknownOption = run(plan('xihu-dadangwei'), '--reading', 'xihu-dadangwei-yuanzeshang=nope');
    expect(unknownOption.status).toBe(2);
    expect(unknownOption.stderr).toContain('可选：scopes-both（两项都是“原则上”）');
  });

  it('prints one JSON document with --json on every path, errors included', () => {
    const passing = runJson(plan('xihu-dadangwei'));
    expect(passing).toMatchObject({ ok: true, exitCode: 0 });
    const failing = runJson(plan('chizhou.broken.two-party-workers'));
    expect(failing.exitCode).toBe(1);
    expect(failing.report?.results.find((r) => r.rule === 'chizhou-street-party-workers')).toMatchObject({
      status: 'fail',
    });
    const window = runJson(plan('jining.broken.four-at-window'));
    expect(window.exitCode).toBe(0);
    expect(window.report?.results.find((r) => r.rule === 'jining-window')).toMatchObject({
      status: 'warn',
      members: ['jn-c1-m1', 'jn-c1-m2', 'jn-c1-m3', 'jn-c1-m4'],
    });
    for (const args of [
      [temp({ version: 2, title: '坏方案', root: { id: 'c', kind: '小组' } })],
      [temp('{ 不是 JSON')],
      [join(ROOT, 'no-such-plan.json')],
      [],
      [plan('jining'), '--pack', 'no-such-pack'],
      [plan('jining'), '--reading', 'oops'],
      [plan('jining'), '--no-such-flag'],
    ]) {
      const document = runJson(...args);
      expect(document).toMatchObject({ ok: false, exitCode: 2 });
      expect(document.error?.message).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('runs as `npx check-plan` with the system’s Node first on the PATH, as its header says', () => {
    const header = readFileSync(join(ROOT, 'scripts/check-plan.ts'), 'utf8').split('*/')[0]!;
    expect(header).toContain('npx check-plan');
    expect(header).toContain('npm run -s check-plan');
    expect(header).not.toMatch(/^\s*\*\s+node\s/m);
    const path = (process.env['PATH'] ?? '')
      .split(delimiter)
      .filter((dir) => !dir.includes('node_modules'))
      .join(delimiter);
    const result = spawnSync('npx', ['check-plan', plan('jining'), '--json'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, PATH: path, npm_config_update_notifier: 'false' },
    });
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, exitCode: 0 });
  });

  it('is shown in the README as `npm run -s check-plan`, whose output npm leaves alone', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    expect(readme).toContain('npm run -s check-plan --');
    expect(readme).not.toMatch(/npm run check-plan/);
  });
});
