/**
 * The planner's stores against a stand-in for the browser's localStorage:
 * plans are saved on every edit and found again after a reload; undo/redo,
 * duplicate, rename and delete-with-undo work; whatever comes from outside
 * (a file, a damaged stored entry) is refused without touching anything;
 * storage that is refused or full is reported and the planner keeps working
 * in memory.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setPersistentEngine } from '@nanostores/persistent';
import { fromTemplate } from '../../../src/lib/plan-editing/start.ts';
import { addMember, setPlanFields } from '../../../src/lib/plan-editing/edit.ts';
import { data } from './helpers.ts';

const PREFIX = 'dangjian-anliku:planner:plan:';

/** localStorage as the browser has it: string values as own properties, methods on the prototype, a quota. */
class FakeStorage {
  [key: string]: unknown;
  getItem(key: string): string | null {
    return Object.hasOwn(this, key) ? String(this[key]) : null;
  }
  setItem(key: string, value: string): void {
    this[key] = String(value);
  }
  removeItem(key: string): void {
    delete this[key];
  }
}

function makeStorage(options: { refuse?: boolean; quota?: number } = {}): Record<string, string> {
  const target = new FakeStorage();
  const used = () => Object.entries(target).reduce((n, [k, v]) => n + k.length + String(v).length, 0);
  return new Proxy(target, {
    get(t, key, receiver) {
      const value = Reflect.get(t, key, receiver);
      return typeof value === 'function' ? value.bind(receiver) : value;
    },
    set(t, key, value) {
      if (options.refuse) throw new DOMException('已禁用', 'SecurityError');
      const before = Object.hasOwn(t, key) ? String(t[key as string]).length + String(key).length : 0;
      if (
        options.quota !== undefined &&
        used() - before + String(key).length + String(value).length > options.quota
      ) {
        throw new DOMException('存储已满', 'QuotaExceededError');
      }
      t[key as string] = String(value);
      return true;
    },
  }) as unknown as Record<string, string>;
}

let storage: Record<string, string>;

/** Fresh planner modules over `storage`, as after a page load, with the data loaded. */
async function load() {
  vi.resetModules();
  vi.stubGlobal('localStorage', storage);
  vi.stubGlobal('window', { addEventListener() {}, removeEventListener() {} });
  vi.stubGlobal('document', { addEventListener() {}, visibilityState: 'visible' });
  setPersistentEngine(storage, { addEventListener() {}, removeEventListener() {} });
  const planner = await import('../../../src/stores/planner.ts');
  const plans = await import('../../../src/stores/planner-plans.ts');
  const actions = await import('../../../src/stores/planner-actions.ts');
  const saved = await import('../../../src/stores/planner-storage.ts');
  const ui = await import('../../../src/stores/planner-ui.ts');
  const packStore = await import('../../../src/stores/planner-packs.ts');
  saved.startStorage();
  planner.providePlannerData(data, data);
  // The packs the browser would fetch on demand.
  packStore.providePacks(data.packs);
  // Keep the list computed (as the page does).
  const unlisten = plans.$planList.listen(() => {});
  return { ...planner, ...plans, ...actions, ...saved, ...ui, unlisten };
}

const stored = () => Object.entries(storage).filter(([k]) => k.startsWith(PREFIX));
const template = (id: string) => fromTemplate(data.templates.find((t) => t.id === id)!);

beforeEach(() => {
  storage = makeStorage();
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('planner stores', () => {
  it('save a new plan, save every edit, and find it again after a reload', async () => {
    const s = await load();
    const id = await s.createPlan(template('xihu-dadangwei'));
    expect(stored()).toHaveLength(1);
    expect(s.$check.get()!.view.summary.fail).toBe(0);
    s.edit((doc, index) =>
      addMember(doc, index, doc.plan.root.id, {
        id: 'extra',
        role: '委员',
        home: { type: '居民' },
        posts: [],
        affiliationTransferred: false,
      }),
    );
    // 12 members: over 11 and even — two 原则上 rules now warn.
    expect(s.$check.get()!.view.summary.warn).toBe(2);
    expect(s.$announcement.get()).toMatch(/^核对结果：不符合0条，提示2条，待填写0条。新出现：/);
    s.flushSave();
    const reloaded = await load();
    await reloaded.openLast();
    const session = reloaded.$session.get()!;
    expect(session.id).toBe(id);
    expect(session.doc.plan.root.members).toHaveLength(12);
    expect(reloaded.$check.get()!.view.summary.warn).toBe(2);
  });

  it('undo and redo every edit', async () => {
    const s = await load();
    await s.createPlan(template('xihu-dadangwei'));
    const before = s.$session.get()!.doc;
    s.edit((doc) => setPlanFields(doc, { title: '改过的名称' }));
    s.edit((doc) => setPlanFields(doc, { packs: ['xihu-dadangwei', 'xihu-jizhi', 'changsha'] }));
    expect(s.$check.get()!.view.summary.fail).toBe(1); // 长沙 builds branches in residential compounds
    expect(s.undo()).toBe('更改规则包');
    expect(s.$check.get()!.view.summary.fail).toBe(0);
    expect(s.undo()).toBe('修改方案信息');
    expect(s.$session.get()!.doc).toBe(before);
    expect(s.undo()).toBeUndefined();
    s.redo();
    s.redo();
    expect(s.$session.get()!.doc.plan).toMatchObject({
      title: '改过的名称',
      packs: ['xihu-dadangwei', 'xihu-jizhi', 'changsha'],
    });
    expect(s.$check.get()!.view.summary.fail).toBe(1);
  });

  it('duplicate, rename and delete with undo', async () => {
    const s = await load();
    const first = await s.createPlan(template('xihu-wangge'));
    await s.duplicatePlan(first);
    expect(
      s.$planList
        .get()
        .map((p) => p.title)
        .sort(),
    ).toEqual(['西湖区 网格党支部（草稿）', '西湖区 网格党支部（草稿）（副本）']);
    await s.renamePlan(first, '一网格');
    expect(s.$planList.get().map((p) => p.title)).toContain('一网格');
    const copy = s.$session.get()!.id;
    await s.renamePlan(copy, '二网格');
    expect(s.$session.get()!.doc.plan.title).toBe('二网格');
    expect(s.undo()).toBe('重命名方案');
    s.deletePlan(first);
    expect(stored()).toHaveLength(1);
    const notice = s.$notice.get()!;
    expect(notice.title).toBe('已删除「一网格」');
    notice.action!.run();
    expect(stored()).toHaveLength(2);
    expect(s.$planList.get().map((p) => p.title)).toContain('一网格');
  });

  it('show one notice at a time: the next replaces it, closing or opening another plan clears it', async () => {
    const s = await load();
    await s.createPlan(template('xihu-weijia'));
    const first = s.notify({ tone: 'success', title: '已导出 JSON 文件', details: [] });
    s.notify({ tone: 'error', title: '成员名单没有导入', details: ['第2行：缺少姓名'] });
    expect(s.$notice.get()!.title).toBe('成员名单没有导入');
    // Dismissing a notice already replaced does nothing to the one shown.
    s.dismiss(first);
    expect(s.$notice.get()!.title).toBe('成员名单没有导入');
    s.dismiss(s.$notice.get()!.id);
    expect(s.$notice.get()).toBeUndefined();
    // A notice about the plan open goes away when another plan is opened: it would be stale.
    s.notify({
      tone: 'success',
      title: '已从「名单.csv」导入3名成员',
      details: ['可用“撤销”取消这次导入。'],
    });
    await s.createPlan(template('xihu-wangge'));
    expect(s.$notice.get()).toBeUndefined();
    s.notify({ tone: 'info', title: '提示', details: [] });
    s.closeSession();
    expect(s.$notice.get()).toBeUndefined();
  });

  it('start a plan from a template dated this year, its terms starting this year', async () => {
    const s = await load();
    const year = new Date().getFullYear();
    const { fromTemplate } = await import('../../../src/lib/plan-editing/start.ts');
    const doc = fromTemplate(
      data.templates.find((t) => t.id === 'xihu-dadangwei')!,
      year,
    );
    expect(doc.plan.asOf).toBe(year);
    expect(doc.plan.root.term?.startYear).toBe(year);
    await s.createPlan(doc);
    expect(s.$check.get()!.view.summary.fail).toBe(0);
  });

  it('refuse bad files and change nothing', async () => {
    const s = await load();
    await s.createPlan(template('xihu-dadangwei'));
    s.flushSave();
    const snapshot = JSON.stringify(storage);
    const session = s.$session.get();
    for (const bad of [
      '{"version":1,',
      '[]',
      '{"version":1,"title":"x","root":{"id":"u","kind":"社区","members":[{"id":"m","role":"主任","home":{"type":"居民"}}]}}',
      '{"version":7,"title":"x","root":{}}',
    ]) {
      expect(await s.importPlan(bad, '文件「坏.json」')).toBe(false);
      const notice = s.$notice.get()!;
      expect(notice.tone).toBe('error');
      expect(notice.title).toContain('没有导入任何内容，现有方案都未改动');
      expect(notice.details.length).toBeGreaterThan(0);
    }
    expect(JSON.stringify(storage)).toBe(snapshot);
    expect(s.$session.get()).toBe(session);
  });

  it('import a good file as a new plan, names with markup kept as text', async () => {
    const s = await load();
    const plan = { ...template('xihu-weijia').plan, title: '<script>alert(1)</script>' };
    expect(await s.importPlan(JSON.stringify(plan), '文件「微家.json」')).toBe(true);
    expect(s.$session.get()!.doc.plan.title).toBe('<script>alert(1)</script>');
    expect(stored()).toHaveLength(1);
  });

  it('report a damaged stored plan and leave it alone', async () => {
    storage[`${PREFIX}broken`] = '{"format":1,"doc":{"plan":{"version":1';
    const s = await load();
    // Its checksum does not match: listed as being checked, then read in full.
    expect(s.$planList.get()[0]!.title).toBe('（正在检查……）');
    expect(await s.openPlan('broken')).toBe(false);
    const [item] = s.$planList.get();
    expect(item!.error).toMatch(/已损坏，无法打开/);
    expect(s.$notice.get()!.title).toBe('无法打开这份方案');
    expect(storage[`${PREFIX}broken`]).toBe('{"format":1,"doc":{"plan":{"version":1');
    expect(s.$session.get()).toBeUndefined();
  });

  it('keep working in memory when storage is refused', async () => {
    storage = makeStorage({ refuse: true });
    const s = await load();
    expect(s.$storage.get()).toBe('memory');
    await s.createPlan(template('xihu-dadangwei'));
    s.edit((doc) => setPlanFields(doc, { title: '只在内存里' }));
    s.flushSave();
    expect(s.$planList.get().map((p) => p.title)).toEqual(['只在内存里']);
    expect(stored()).toHaveLength(0);
  });

  it('say when storage is full, keep the edits in memory, and save again when space returns', async () => {
    // Room for the larger plan's entry (with the verdicts kept beside it) alone, not with the small one.
    const probe = await load();
    await probe.createPlan(template('xihu-zonghe'));
    probe.edit((doc) => setPlanFields(doc, { title: '放不下了' }));
    probe.flushSave();
    const quota = Math.max(...stored().map(([k, v]) => k.length + v.length)) + 400;
    storage = makeStorage({ quota });
    const s = await load();
    const small = await s.createPlan(template('xihu-weijia'));
    expect(s.$storage.get()).toBe('local');
    await s.createPlan(template('xihu-zonghe'));
    s.edit((doc) => setPlanFields(doc, { title: '放不下了' }));
    s.flushSave();
    expect(s.$storage.get()).toBe('full');
    expect(s.$session.get()!.doc.plan.title).toBe('放不下了');
    expect(s.$planList.get().map((p) => p.title)).toContain('放不下了');
    s.deletePlan(small);
    await s.openPlan(s.$planList.get()[0]!.id);
    await s.goLive();
    s.edit((doc) => setPlanFields(doc, { title: '又能保存了' }));
    s.flushSave();
    expect(s.$storage.get()).toBe('local');
    expect(stored().map(([, v]) => JSON.parse(v).doc.plan.title)).toEqual(['又能保存了']);
  });
});
