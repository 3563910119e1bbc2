/**
 * The plan format, version 2: a tree of units (街道 → 社区 → 网格 → 微家, plus
 * street 内设机构), each with its members (the committee and its staff), the
 * people it works with who hold no seat (participants), the facilities it has
 * set up and, where relevant, its working mechanisms (duties, term,
 * vacancies). A unit may be listed for structure only (outline): the plan
 * says it exists under its parent without laying out its committee. Version 2
 * added participants, outline units, features, funding, the members' party
 * membership, 骨干, 双重组织生活 and 共驻共建责任书, and the template a plan
 * started from; version 1 files are migrated (migrations.ts). The JSON Schema published at
 * /schemas/plan.schema.json is generated from these schemas, so every field
 * carries its meaning in `.describe()`.
 *
 * Objects are strict: an unknown field is an error, not silently dropped, so
 * a misspelt field in an imported file is reported instead of lost.
 */
import { z } from 'zod';
import {
  bodyKindSchema,
  choiceMethodSchema,
  dutyKindSchema,
  featureSchema,
  homeRoleSchema,
  homeTypeSchema,
  participantRoleSchema,
  postLevelSchema,
  postSchema,
  roleSchema,
  stationSchema,
  tenureSchema,
  unitKindSchema,
  vacancyReasonSchema,
  venueSchema,
} from './vocabulary.ts';

import { PLAN_VERSION } from './version.ts';

/** Ids of units and members: letters, digits, _ and -, so they can sit in URLs and DOM ids. */
export const planIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'id 只能由字母、数字、下划线和连字符组成（最多64个字符）');

const year = z.number().int().min(1949).max(2100);

const homeUnitSchema = z
  .strictObject({
    type: homeTypeSchema.describe('单位类型（驻区单位、非公企业、社会组织……）'),
    name: z.string().max(200).optional().describe('单位名称，可不填'),
    highLevel: z.boolean().optional().describe('是否为辖区内层级较高的单位（西湖区兼职委员条件1）'),
    large: z.boolean().optional().describe('是否为规模较大的企业或社会组织（西湖区兼职委员条件3、4）'),
  })
  .describe('成员所在单位（党组织关系和本职工作所在）');

const memberSchema = z
  .strictObject({
    id: planIdSchema.describe('成员 id，在整个方案中唯一'),
    name: z.string().max(100).optional().describe('姓名，可不填（草稿常不具名）'),
    role: roleSchema.describe('在本单位班子中的职务'),
    tenure: tenureSchema.optional().describe('专职或兼职'),
    home: homeUnitSchema,
    homeRole: homeRoleSchema.optional().describe('在所在单位党组织中的身份：负责人、成员或党员'),
    posts: z.array(postSchema).default([]).describe('同时担任的职务（街道党工委书记、居委会主任……）'),
    postLevel: postLevelSchema.optional().describe('职级'),
    liaison: z.boolean().optional().describe('是否挂点本单位（第一书记的条件）'),
    engaged: z
      .boolean()
      .optional()
      .describe(
        '是否支持和热心参加街道（社区）事务、有较强组织协调能力、能正常参加活动（西湖区兼职委员条件5）',
      ),
    chosenBy: choiceMethodSchema.optional().describe('产生方式'),
    station: stationSchema.optional().describe('工作岗位：窗口服务、下沉网格或其他（济宁）'),
    affiliationTransferred: z
      .boolean()
      .default(false)
      .describe('是否把党组织关系转入本单位（西湖区规定兼职委员不改变隶属关系）'),
    partyMember: z.boolean().optional().describe('是否中共党员（西湖区家委会成员须是骨干党员）'),
    backbone: z.boolean().optional().describe('是否骨干（骨干党员、骨干力量）'),
    dualLife: z.boolean().optional().describe('兼职委员是否参加所在单位和本单位的双重组织生活（西湖区）'),
    jointAgreement: z
      .boolean()
      .optional()
      .describe('兼职委员所在单位党组织是否已与本单位签订共驻共建责任书（西湖区）'),
    note: z.string().max(2000).optional().describe('备注'),
  })
  .describe('班子成员或工作人员');
export type Member = z.infer<typeof memberSchema>;

const participantSchema = z
  .strictObject({
    id: planIdSchema.describe('id，在整个方案中唯一（与成员、单位共用）'),
    name: z.string().max(100).optional().describe('姓名，可不填'),
    role: participantRoleSchema.describe('承担的工作：楼长、网格员、法律顾问、警务助理……'),
    partyMember: z.boolean().optional().describe('是否中共党员'),
    backbone: z.boolean().optional().describe('是否骨干'),
    home: homeUnitSchema.optional(),
    note: z.string().max(2000).optional().describe('备注'),
  })
  .describe('不在班子里、但参与本单位工作的人（楼长、法律顾问、警务助理、党员网格员……）');
export type Participant = z.infer<typeof participantSchema>;

const dutySchema = z
  .strictObject({
    kind: dutyKindSchema.describe('制度名称'),
    everyMonths: z.number().int().min(1).max(60).describe('每隔几个月至少一次（1=每月，3=每季度，12=每年）'),
    month: z.number().int().min(1).max(12).optional().describe('在一年中的哪个月进行（年度事项）'),
    note: z.string().max(2000).optional(),
  })
  .describe('一项定期工作制度');

const termSchema = z
  .strictObject({
    years: z.number().int().min(1).max(10).describe('每届任期年数'),
    startYear: year.optional().describe('本届起始年份'),
    syncedWithCommunityElection: z.boolean().optional().describe('任期是否与社区党组织换届同步'),
  })
  .describe('兼职委员任期');

const vacancySchema = z
  .strictObject({
    role: roleSchema.describe('出缺的职务'),
    reason: vacancyReasonSchema.describe('出缺原因'),
    filed: z.boolean().optional().describe('是否已报上级党组织备案'),
    notifiedInWriting: z.boolean().optional().describe('调动等原因：所在单位是否已书面通报'),
    refill: z.boolean().optional().describe('是否计划按程序增补'),
  })
  .describe('一个出缺的席位');

const unitSchema = z
  .strictObject({
    id: planIdSchema.describe('单位 id，在整个方案中唯一'),
    kind: unitKindSchema.describe('层级：街道、社区、网格、微家、内设机构……'),
    name: z.string().max(200).optional().describe('名称（某某街道综合党委、某某社区“大党委”……）'),
    outline: z
      .boolean()
      .optional()
      .describe('只列结构：本方案只说明设有这个单位，不排它的班子（规则不核对它的成员）'),
    members: z.array(memberSchema).default([]).describe('班子成员和工作人员'),
    participants: z
      .array(participantSchema)
      .optional()
      .describe('不在班子里的参与者；不填表示尚未规划，填写则视为完整名单'),
    get children() {
      return z.array(unitSchema).default([]).describe('下设单位');
    },
    bodyKind: bodyKindSchema.optional().describe('内设机构的类别：工作机构或中心'),
    gridCount: z.number().int().min(0).optional().describe('社区划分的网格数'),
    venue: venueSchema.optional().describe('党群微家的活动场所'),
    features: z
      .array(featureSchema)
      .optional()
      .describe('已设立的设施和组织（民主议事厅、物业企业联合会……）；不填表示尚未规划，填写则视为完整清单'),
    funding: z.number().min(0).max(100000).optional().describe('每年党建工作经费（万元）'),
    duties: z.array(dutySchema).optional().describe('定期工作制度；不填表示尚未规划，填写则视为完整清单'),
    term: termSchema.optional(),
    vacancies: z.array(vacancySchema).optional().describe('出缺的席位'),
  })
  // One instance with an id, so the JSON Schema has one recursive definition "Unit".
  .meta({ id: 'Unit', description: '一个组织单位（最上一级即方案的根）' });
export type Unit = z.infer<typeof unitSchema>;

const waiverSchema = z
  .strictObject({
    rule: z.string().min(1).describe('规则 id'),
    unit: planIdSchema.optional().describe('只豁免这个单位；不填则豁免所有单位'),
    reason: z.string().trim().min(4, '豁免须写明理由（至少4个字）').max(2000).describe('书面理由'),
  })
  .describe('对一条“原则上”或“参考”类规则的豁免；“必须”类规则不能豁免');
export type Waiver = z.infer<typeof waiverSchema>;

export const planSchema = z
  .strictObject({
    version: z.literal(PLAN_VERSION).describe('方案格式版本'),
    title: z.string().min(1).max(200).describe('方案名称'),
    description: z.string().max(5000).optional().describe('说明'),
    asOf: year.optional().describe('方案所指年份（用于判断任期是否届满）'),
    template: z.string().min(1).max(100).optional().describe('方案从哪个示范模板开始（模板 id）'),
    packs: z.array(z.string().min(1)).optional().describe('默认核对的规则包 id'),
    readings: z.record(z.string(), z.string()).optional().describe('所选读法：{ 问题 id: 选项 id }'),
    waivers: z.array(waiverSchema).default([]).describe('豁免'),
    root: unitSchema,
  })
  .describe('城市基层党建案例库 班子方案');
export type Plan = z.infer<typeof planSchema>;
