/**
 * Reading the list of people a secretary pastes or uploads: spreadsheet
 * copies, CSV files and lines typed with Chinese commas; a header row or
 * none; and bad input — missing columns, duplicate names, unit types we do
 * not know, a BOM, Excel's quoted cells, a very long list — each reported in
 * Chinese naming the row, with nobody dropped.
 */
import { describe, expect, it } from 'vitest';
import { parsePool, poolTemplateCsv, proposeLayouts, type Person } from '../../../src/lib/proposal/index.ts';
import { model, packs } from './helpers.ts';

function read(text: string): { people: Person[]; problems: string[] } {
  const result = parsePool(text);
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result;
}

const header = '姓名\t单位\t单位类型\t党员\t职务';

describe('pasted lists', () => {
  it('read cells copied from a spreadsheet (tabs), with the rules’ words found in 职务', () => {
    const { people, problems } = read(
      [
        header,
        '王建国\t某街道\t街道党工委\t是\t街道领导班子成员、挂点本社区',
        '李芳\t某社区\t社区党组织\t是\t社区党委书记、居委会主任',
        '张伟\t某社区\t社区党组织\t是\t专职副书记',
        '刘洋\t某区人民医院\t事业单位\t中共党员\t党委书记',
        '杨磊\t某物业公司\t物业\t是\t支部委员',
        '周强\t某派出所\t派出所\t是\t民警',
        '吴娟\t\t居民\t群众\t楼长',
        '郑红\t某社区\t社区党组织\t是\t组织员、网格员',
      ].join('\n'),
    );
    expect(problems).toEqual([]);
    expect(people).toEqual([
      {
        row: 2,
        name: '王建国',
        unitName: '某街道',
        homeType: '街道党工委',
        partyMember: true,
        posts: ['街道领导班子成员'],
        jobs: [],
        participantRoles: [],
        liaison: true,
      },
      {
        row: 3,
        name: '李芳',
        unitName: '某社区',
        homeType: '社区党组织',
        partyMember: true,
        posts: ['社区党组织书记', '居委会主任'],
        jobs: [],
        participantRoles: [],
      },
      {
        row: 4,
        name: '张伟',
        unitName: '某社区',
        homeType: '社区党组织',
        partyMember: true,
        posts: ['社区党组织副书记'],
        jobs: [],
        participantRoles: [],
        tenure: '专职',
      },
      {
        row: 5,
        name: '刘洋',
        unitName: '某区人民医院',
        homeType: '事业单位',
        partyMember: true,
        posts: [],
        jobs: [],
        participantRoles: [],
        homeRole: '负责人',
      },
      {
        row: 6,
        name: '杨磊',
        unitName: '某物业公司',
        homeType: '物业公司',
        partyMember: true,
        posts: [],
        jobs: [],
        participantRoles: [],
        homeRole: '成员',
      },
      {
        row: 7,
        name: '周强',
        unitName: '某派出所',
        homeType: '公安派出所',
        partyMember: true,
        posts: [],
        jobs: [],
        participantRoles: [],
        note: '职务：民警',
      },
      {
        row: 8,
        name: '吴娟',
        homeType: '居民',
        partyMember: false,
        posts: [],
        jobs: [],
        participantRoles: ['楼长'],
      },
      {
        row: 9,
        name: '郑红',
        unitName: '某社区',
        homeType: '社区党组织',
        partyMember: true,
        posts: ['网格员'],
        jobs: ['组织员'],
        participantRoles: ['网格员'],
      },
    ]);
  });

  it('read CSV with a BOM and Excel’s quoted cells (commas, quotes and line breaks inside)', () => {
    const text =
      '\uFEFF姓名,单位,单位类型,党员,职务,备注\r\n' +
      '"李, 四","某""阳光""物业公司",物业公司,是,"党支部书记、\n网格长",\r\n' +
      '王五,某中学,事业单位,是,委员,"住在 3 号楼"\r\n';
    const { people, problems } = read(text);
    expect(problems).toEqual([]);
    expect(people.map((p) => [p.row, p.name, p.unitName, p.homeType, p.homeRole, p.posts, p.note])).toEqual([
      [2, '李, 四', '某“阳光”物业公司'.replace(/[“”]/g, '"'), '物业公司', '负责人', ['网格长'], undefined],
      [3, '王五', '某中学', '事业单位', '成员', [], '住在 3 号楼'],
    ]);
  });

  it('read lines typed with Chinese commas and no header, in the order 姓名、单位、单位类型、党员、职务', () => {
    const { people, problems } = read(
      '赵敏，某社区，社区党组织，是，社区党委委员\n孙霞，某社会服务中心，社会组织，是，负责人\n',
    );
    expect(problems).toEqual([]);
    expect(people.map((p) => [p.row, p.name, p.homeType, p.posts, p.homeRole])).toEqual([
      [1, '赵敏', '社区党组织', ['社区党组织委员'], undefined],
      [2, '孙霞', '社会组织', [], '负责人'],
    ]);
  });

  it('say which column is missing, and keep everyone', () => {
    const noType = read('姓名,单位,党员\n甲,某医院,是\n乙,某中学,否\n');
    expect(noType.problems).toEqual([
      '名单没有“单位类型”一列：各人都按“其他”单位对待，凡看来源单位的规则都无法满足。请加上这一列。',
    ]);
    expect(noType.people.map((p) => [p.name, p.homeType])).toEqual([
      ['甲', '其他'],
      ['乙', '其他'],
    ]);
    const noName = read('单位类型,职务,年龄\n居民,,65\n');
    expect(noName.problems).toEqual([
      '第1行：不认识的列“年龄”，这一列没有读入。',
      '名单没有“姓名”一列：各人按行号称呼。',
      '名单没有“党员”一列：凡规则要求是党员的，建议里会请你逐一确认。',
    ]);
    expect(noName.people).toHaveLength(1);
    const short = read('甲，某社区\n乙，某社区，社区党组织\n');
    expect(short.problems).toEqual([
      '第1行：只有2列，缺少单位类型（没有标题行时，按“姓名、单位、单位类型、党员、职务、骨干”的顺序读）。',
      '第1行：没有填单位类型，暂按“其他”对待。',
    ]);
    expect(short.people.map((p) => p.name)).toEqual(['甲', '乙']);
  });

  it('name at most five rows of a name listed many times', () => {
    const { people, problems } = read(`${header}\n${'张伟\t\t居民\t是\t\n'.repeat(8)}`);
    expect(people).toHaveLength(8);
    expect(problems[0]).toMatch(/^第2、3、4、5、6等8行的姓名都是“张伟”：/);
  });

  it('report duplicate names by row and keep both', () => {
    const { people, problems } = read(
      `${header}\n张伟\t某医院\t事业单位\t是\t\n李芳\t某社区\t社区党组织\t是\t\n张伟\t某中学\t事业单位\t是\t\n`,
    );
    expect(people.map((p) => p.unitName)).toEqual(['某医院', '某社区', '某中学']);
    expect(problems).toEqual([
      '第2、4行的姓名都是“张伟”：是同一个人的，请删去重复的行；是不同的人，请在姓名后加以区别。两行都已保留，建议里会注明各自的单位。',
    ]);
  });

  it('keep an unknown or ambiguous unit type as written, counted as 其他, and say so', () => {
    const { people, problems } = read(
      `${header}\n甲\t某医院\t医院\t是\t\n乙\t某公司\t企业\t是\t\n丙\t某小区\t业委会\t是\t\n`,
    );
    expect(people.map((p) => [p.homeType, p.homeTypeText])).toEqual([
      ['其他', '医院'],
      ['其他', '企业'],
      ['业主委员会', undefined],
    ]);
    expect(problems).toEqual([
      '第2行：不认识单位类型“医院”（可填：驻区单位、机关、事业单位、国有企业、非公企业、物业公司、社会组织、业主委员会、公安派出所、社区党组织、街道党工委、居民等）；暂按“其他”对待，保留原来的写法。',
      '第3行：单位类型“企业”可以指非公企业、物业公司、国有企业，请写明是哪一种；暂按“其他”对待。',
    ]);
  });

  it('note values it cannot read, words of 职务 it does not know, extra cells and contradictions', () => {
    const { people, problems } = read(
      `${header}\n甲\t某医院\t事业单位\t也许\t党委书记、院办联络人\t多出来的\n乙\t某中学\t事业单位\t否\t党委委员\n`,
    );
    expect(problems).toEqual([
      '第2行：比各列多出1格（多出来的），已记入备注。',
      '第2行：“党员”一栏的“也许”应填“是”或“否”，暂按未填。',
      '第2行：职务里的“院办联络人”不是规则用到的职务，已记入备注。',
      '第3行：“党员”一栏是“否”，但职务表明是所在单位党组织的成员：请核对。',
    ]);
    expect(people[0]!.note).toBe('职务：院办联络人；多出来的');
    // A head of a party organisation is a party member even where the column says nothing readable.
    expect(people[0]!.partyMember).toBe(true);
    expect(people[1]!.partyMember).toBe(false);
  });

  it('cut a cell longer than a plan takes, and say so', () => {
    const long = '长'.repeat(150);
    const { people, problems } = read(`${header}\n${long}\t某医院\t事业单位\t是\t\n`);
    expect(people[0]!.name).toBe('长'.repeat(100));
    expect(problems).toEqual(['第2行：“姓名”超过100个字（也许整行粘进了一格），只保留前100个字。']);
  });

  it('refuse only what cannot be read as a list at all', () => {
    expect(parsePool('')).toEqual({ ok: false, problems: ['名单是空的：请粘贴或上传人员名单，每行一人。'] });
    expect(parsePool('\n  \n')).toEqual({
      ok: false,
      problems: ['名单是空的：请粘贴或上传人员名单，每行一人。'],
    });
    expect(parsePool('姓名,单位,单位类型\n')).toEqual({
      ok: false,
      problems: ['名单只有标题行，没有人员。'],
    });
    const huge = parsePool('甲,某社区,居民\n'.repeat(120_000));
    expect(huge.ok).toBe(false);
    expect(huge.problems[0]).toMatch(/^名单太长（约\d+千字，上限1000千字）：请只列可能进入班子的人选。$/);
  });

  it('keep a list of 600 people whole, and propose from the first 500, naming the row where it stopped', () => {
    const rows = Array.from({ length: 600 }, (_, i) => `居民${String(i + 1).padStart(3, '0')}\t\t居民\t是\t`);
    const { people, problems } = read(`${header}\n${rows.join('\n')}\n`);
    expect(problems).toEqual([]);
    expect(people).toHaveLength(600);
    const chosen = model('xihu-weijia');
    const result = proposeLayouts({ people, model: chosen, packs });
    expect(result.notices).toEqual([
      '名单共有600人，超过一次建议的上限500人：从第502行（居民501）起的100人没有参与这次建议，仍保留在名单里。请只列可能进入班子的人选。',
    ]);
    // Still answers: the 骨干 facts are missing, so the 家委会 waits for them but no 必须 rule fails.
    expect(result.ok).toBe(true);
  });

  it('the list template reads back', () => {
    const { people, problems } = read(poolTemplateCsv());
    expect(problems).toEqual([]);
    expect(people.map((p) => [p.name, p.homeType, p.posts, p.homeRole])).toEqual([
      ['张三', '社区党组织', ['社区党组织书记', '居委会主任'], undefined],
      ['李四', '驻区单位', [], '负责人'],
    ]);
  });
});
