/**
 * Member lists from CSV: read by header name, values checked against the
 * vocabulary, and a file with any bad row adds nobody and says where.
 */
import { describe, expect, it } from 'vitest';
import { membersCsvTemplate, readMembersCsv } from '../../../src/lib/plan-editing/csv.ts';
import { data } from './helpers.ts';

const read = (text: string) => readMembersCsv(text, data.vocabulary);

describe('CSV member lists', () => {
  it('read members with quoted cells, several posts and yes/no flags', () => {
    const text =
      '姓名,职务,专职/兼职,所在单位类型,所在单位,兼任职务,单位层级较高,热心参加事务,备注\r\n' +
      '张三,书记,专职,社区党组织,,社区党组织书记、居委会主任,,,\r\n' +
      '"李, 四",委员,兼职,驻区单位,某医院,,是,是,"说""明"\r\n';
    const result = read(text);
    expect(result).toEqual({
      ok: true,
      members: [
        {
          name: '张三',
          role: '书记',
          tenure: '专职',
          home: { type: '社区党组织' },
          posts: ['社区党组织书记', '居委会主任'],
          affiliationTransferred: false,
        },
        {
          name: '李, 四',
          role: '委员',
          tenure: '兼职',
          home: { type: '驻区单位', name: '某医院', highLevel: true },
          posts: [],
          engaged: true,
          affiliationTransferred: false,
          note: '说"明',
        },
      ],
    });
  });

  it('accept a BOM and tabs', () => {
    const result = read('\uFEFF职务\t所在单位类型\n委员\t居民\n');
    expect(result.ok && result.members).toEqual([
      { role: '委员', home: { type: '居民' }, posts: [], affiliationTransferred: false },
    ]);
  });

  it('the template reads back as its example row', () => {
    const result = read(membersCsvTemplate());
    expect(result.ok && result.members).toHaveLength(1);
    expect(membersCsvTemplate()).toMatch(/\r\n$/);
  });

  it('name the row and column of each bad value, and import nothing', () => {
    const result = read('职务,所在单位类型,单位层级较高\n委员,居民,\n主任,居民,\n委员,火星,也许\n');
    expect(result).toEqual({
      ok: false,
      errors: [
        '第3行「职务」：「主任」不是可选的值；可选：第一书记、书记、副书记、轮值书记、委员、组织委员、居委会委员、专职人员、党建指导员、组织员、组织干事、家委会成员、党小组长',
        '第4行「所在单位类型」：「火星」不是可选的值；可选：区委、街道党工委、社区党组织、网格党支部、结对帮扶单位、驻区单位、机关、事业单位、国有企业、上级派驻机构、非公企业、物业公司、社会组织、业主委员会、公安派出所、居民、其他',
        '第4行「单位层级较高」：「也许」应填“是”或“否”',
      ],
    });
  });

  it('require the two key columns and know every header', () => {
    expect(read('姓名,电话\n张三,123\n')).toEqual({
      ok: false,
      errors: [
        '第1行：不认识的列名「电话」（可用的列：姓名、职务、专职/兼职、所在单位类型、所在单位、在所在单位党组织中的身份、兼任职务、职级、产生方式、单位层级较高、单位规模较大、挂点、热心参加事务、工作岗位、备注）',
        '第1行：缺少必需的列「职务」',
        '第1行：缺少必需的列「所在单位类型」',
      ],
    });
    expect(read('')).toEqual({ ok: false, errors: ['文件是空的'] });
    expect(read('职务,所在单位类型\n')).toEqual({ ok: false, errors: ['文件只有标题行，没有成员'] });
  });

  it('keep markup in names as text', () => {
    const result = read('姓名,职务,所在单位类型\n<b onmouseover=alert(1)>王</b>,委员,居民\n');
    expect(result.ok && result.members[0]!.name).toBe('<b onmouseover=alert(1)>王</b>');
  });
});
