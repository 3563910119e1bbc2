/**
 * The relevance suite: queries a cadre or trainer would type, each with the
 * pages that answer it. Written from the content (the case pages, the topic
 * pages, the glossary), not from what the engine returns: a page is relevant
 * when the query names a model, slogan, body or figure that the page treats
 * (in its models, in a heading, or as its subject; for a body or post, the
 * rule pack whose rules are about it; for a word, the glossary entries whose
 * term is or contains it, except for the broad 党员), not when it merely
 * mentions it. A query succeeds at k when one of its pages ranks in the top k.
 *
 * `kind` groups the hard cases the issue names: two-character terms that
 * Intl.Segmenter splits, aliases, near misses (党员 vs 党建, 网络 vs 网格),
 * multi-term queries and figures. 术语 and 实务 are the practice words a
 * cadre looks up (posts, bodies, ways of working): for them the case that
 * describes the practice and its glossary entry must come before any rule
 * pack (PRACTICE_KINDS, checked in relevance.test.ts).
 */

import { createRoutes } from '../../src/lib/routes.ts';
import { loadSiteData } from '../../src/loaders/site-data.ts';
import { ROOT } from '../helpers/paths.ts';

/** Kinds of query whose best case or glossary result must outrank every rule pack. */
export const PRACTICE_KINDS: readonly QueryKind[] = ['术语', '实务'];

export type QueryKind =
  '双字词' | '近形词' | '同义' | '模式提法' | '术语' | '实务' | '多词' | '数字' | '专题' | '地名';

export interface RelevanceCase {
  query: string;
  /** URL paths of the pages that answer the query. */
  relevant: string[];
  kind: QueryKind;
}

const c = (slug: string) => `/cases/${slug}/`;
const t = (slug: string) => `/topics/${slug}/`;
const CS = c('changsha');
const GZ = c('guangzhou');
const JN = c('jining');
const CZ = c('chizhou');
const ZZ = c('zhangzhou');
const XH = c('nanchang-xihu');
const SH = c('shanghai');
const glossary = loadSiteData(ROOT).glossary;
const siteRoutes = createRoutes('/');
/** A glossary entry, on its letter's page: indexed as a result of its own (see src/integrations/search/build-index.ts). */
const gl = (id: string) => {
  const entry = glossary.get(id)?.value;
  if (!entry) throw new Error(`检索用例引用了不存在的术语 ${id}`);
  return siteRoutes.glossary(entry);
};
const r = (pack: string) => `/rules/${pack}/`;

const q = (query: string, kind: QueryKind, ...relevant: string[]): RelevanceCase => ({
  query,
  kind,
  relevant,
});

export const SUITE: RelevanceCase[] = [
  // Two-character terms that the browser's segmenter splits into single characters.
  q(
    '网格',
    '双字词',
    t('grid'),
    XH,
    JN,
    gl('dang-yuan-wang-ge-yuan'),
    gl('wang-ge-dang-zhi-bu'),
    gl('wang-ge-hua-guan-li'),
  ),
  q('吹哨', '双字词', CZ, t('regional'), gl('chui-shao-bao-dao')),
  q('四力', '双字词', CZ, gl('si-li')),
  q('五化', '双字词', CS, gl('wu-hua')),
  q('六有', '双字词', t('venues'), CZ, CS, gl('liu-you')),
  q('减负', '双字词', t('burden-reduction'), t('street-functions'), GZ, SH, JN, CZ, gl('fu-quan-jian-fu')),
  q('议事', '双字词', t('deliberation'), GZ, XH, gl('min-zhu-yi-shi-ting')),
  q('党校', '双字词', t('venues'), GZ),
  q('轴心', '双字词', SH, gl('zhou-xin')),
  q('积分', '双字词', t('members'), CZ, gl('dang-yuan-ji-fen-zhi')),
  q('赋权', '双字词', t('street-functions'), JN, SH, CZ, gl('fu-quan-jian-fu')),
  q('准入', '双字词', t('burden-reduction'), CS, gl('she-qu-shi-wu-zhun-ru')),
  q('楼长', '双字词', JN, t('deliberation'), gl('lou-zhang-zhi')),

  // Near misses: the page about 党员 is not the page about 党建; 网络 is not 网格.
  q('党员管理', '近形词', t('members')),
  q('党员', '近形词', t('members')),
  q('网络', '近形词', XH, t('smart'), t('organisation')),
  q('网格员', '近形词', t('grid'), ZZ, r('xihu-wangge'), gl('dang-yuan-wang-ge-yuan')),
  q('党建指导员', '近形词', t('cadres'), CS, r('guangzhou'), gl('dang-jian-zhi-dao-yuan')),
  q('智慧党建', '近形词', t('smart'), CS, JN, CZ, gl('zhi-hui-dang-jian')),
  q('在职党员报到', '近形词', t('members'), CS, GZ, JN),
  q('党建办', '近形词', t('street-functions'), CS, SH),
  q('网络沟通', '近形词', XH, t('smart')),
  q('社区工作者', '近形词', t('cadres'), SH, JN, gl('she-qu-gong-zuo-zhe')),
  q('联席会议', '近形词', t('deliberation'), t('regional'), ZZ, gl('dang-jian-lian-xi-hui-yi')),

  // Equivalent spellings: glossary aliases and search synonyms.
  q(
    '大工委',
    '同义',
    SH,
    CS,
    t('regional'),
    t('organisation'),
    r('shanghai'),
    r('changsha'),
    gl('da-gong-wei'),
  ),
  q(
    '大党工委',
    '同义',
    GZ,
    t('regional'),
    SH,
    CS,
    r('guangzhou'),
    r('shanghai'),
    r('changsha'),
    gl('da-gong-wei'),
  ),
  q('两新组织', '同义', t('emerging-sectors'), JN, CS, XH, t('regional'), gl('liang-xin-zu-zhi')),
  q(
    '新经济组织和新社会组织',
    '同义',
    t('emerging-sectors'),
    JN,
    CS,
    XH,
    t('regional'),
    gl('liang-xin-zu-zhi'),
  ),
  q(
    '社区大党委',
    '同义',
    XH,
    SH,
    t('regional'),
    t('organisation'),
    r('xihu-dadangwei'),
    r('shanghai'),
    gl('da-dang-wei'),
  ),
  q('党群微家党小组', '同义', XH, t('venues'), t('organisation'), r('xihu-weijia'), gl('dang-qun-wei-jia')),
  q('街道综合党委', '同义', XH, t('regional'), r('xihu-zonghe'), gl('zong-he-dang-wei')),
  q('南昌', '地名', XH),
  q('西湖区', '地名', XH),
  q('长沙', '地名', CS),
  q('漳州', '地名', ZZ),
  q('上海', '地名', SH),
  q('王世彤', '地名', GZ),
  q('家庭医生', '模式提法', ZZ, t('regional')),

  // Model names and slogans, as the sources give them.
  q('四项再造', '模式提法', CS, gl('si-xiang-zai-zao')),
  q('三个转向', '模式提法', ZZ, gl('san-ge-zhuan-xiang')),
  q('1+4+N', '模式提法', GZ, gl('yi-jia-si-jia-n')),
  q(
    '1+1+N+X',
    '模式提法',
    XH,
    t('organisation'),
    r('xihu-zonghe'),
    r('xihu-dadangwei'),
    gl('yi-jia-yi-jia-n-jia-x'),
  ),
  q('7办5中心', '模式提法', JN, t('street-functions'), r('jining'), gl('qi-ban-wu-zhong-xin')),
  q('6+2', '模式提法', CS, t('street-functions'), gl('liu-jia-er')),
  q('街呼区应', '模式提法', JN, t('street-functions'), gl('jie-hu-qu-ying')),
  q('红帆驿站', '模式提法', JN, t('venues'), gl('hong-fan-yi-zhan')),
  q('一社一品', '模式提法', CZ, gl('yi-she-yi-pin')),
  q('ABC分类管理', '模式提法', CZ, t('assessment'), t('members'), gl('abc-fen-lei-guan-li')),
  q('五彩阳光', '模式提法', CZ, t('members')),
  q('令行禁止、有呼必应', '模式提法', GZ, gl('ling-xing-jin-zhi-you-hu-bi-ying')),
  q('民有所呼 我必有应', '模式提法', GZ, t('smart'), gl('min-you-suo-hu')),
  q('动力主轴', '模式提法', GZ, t('organisation'), gl('dong-li-zhu-zhou')),
  q('红色矩阵', '模式提法', GZ, t('venues'), gl('hong-se-ju-zhen')),
  q('一次办好', '模式提法', GZ, gl('yi-ci-ban-hao')),
  q('民主议事厅', '模式提法', GZ, t('deliberation'), gl('min-zhu-yi-shi-ting')),
  q('一核多元', '模式提法', ZZ, XH, gl('yi-he-duo-yuan-san-gong-yi-ti')),
  q('城市基层党建综合体', '模式提法', ZZ, gl('dang-jian-zong-he-ti')),
  q('芗里芗亲', '模式提法', ZZ, t('smart'), t('grid')),
  q('三岗十六级', '模式提法', CS, t('cadres'), gl('san-gang-shi-liu-ji')),
  q('联述联评联考', '模式提法', CS, t('assessment'), gl('lian-shu-lian-ping-lian-kao')),
  q('红色先锋', '模式提法', CS, gl('dang-yuan-xian-feng-gong-zuo-shi')),
  q('新时代讲习所', '模式提法', CS, t('venues'), t('members'), gl('xin-shi-dai-jiang-xi-suo')),
  q('双网融合', '模式提法', XH, t('grid'), gl('shuang-wang-rong-he')),
  q('签诺 亮诺 履诺 评诺', '模式提法', XH, t('regional'), gl('qian-nuo-liang-nuo')),
  q('双重组织生活', '模式提法', XH, t('members'), gl('shuang-chong-zu-zhi-sheng-huo')),
  q('四梁八柱', '模式提法', CZ, GZ, gl('si-liang-ba-zhu')),
  q('楼长制', '模式提法', JN, t('deliberation'), gl('lou-zhang-zhi')),
  q('居民说事', '模式提法', JN, t('deliberation'), gl('ju-min-shuo-shi')),
  q('一社区一法律顾问', '模式提法', JN, gl('yi-she-qu-yi-fa-lv-gu-wen')),
  q('轮值书记制', '模式提法', SH, t('regional'), r('shanghai'), gl('lun-zhi-shu-ji-zhi')),
  q('一号课题', '模式提法', SH, t('street-functions'), gl('yi-hao-ke-ti')),
  q('向下对应', '模式提法', SH, t('street-functions'), gl('xiang-xia-dui-ying')),
  q('头雁效应', '模式提法', SH, t('cadres'), gl('tou-yan-xiao-ying')),
  q('负面清单', '模式提法', t('burden-reduction'), t('street-functions'), SH, gl('fu-mian-qing-dan')),
  q('口袋党员', '模式提法', t('members'), t('emerging-sectors'), ZZ, gl('kou-dai-dang-yuan')),
  q('红色物业', '模式提法', t('emerging-sectors'), JN, ZZ, gl('hong-se-wu-ye')),

  // Bodies and posts the glossary defines.
  q(
    '大党委',
    '术语',
    XH,
    SH,
    GZ,
    t('regional'),
    t('organisation'),
    r('xihu-dadangwei'),
    r('shanghai'),
    gl('da-dang-wei'),
  ),
  q(
    '兼职委员',
    '术语',
    XH,
    t('regional'),
    CS,
    SH,
    r('xihu-dadangwei'),
    r('xihu-zonghe'),
    r('xihu-jizhi'),
    r('changsha'),
    r('shanghai'),
    gl('jian-zhi-wei-yuan'),
  ),
  q('第一书记', '术语', XH, t('cadres'), r('xihu-dadangwei'), r('xihu-zonghe'), gl('di-yi-shu-ji')),
  q(
    '网格党支部',
    '术语',
    XH,
    JN,
    t('grid'),
    t('organisation'),
    r('xihu-wangge'),
    r('jining'),
    gl('wang-ge-dang-zhi-bu'),
  ),
  q('一肩挑', '术语', t('cadres'), CZ, GZ, r('chizhou'), r('guangzhou'), gl('yi-jian-tiao')),
  q('双报到', '术语', t('members'), CS, JN, CZ, gl('shuang-bao-dao')),
  q(
    '综合党委',
    '术语',
    XH,
    JN,
    t('regional'),
    t('emerging-sectors'),
    r('xihu-zonghe'),
    r('xihu-jizhi'),
    gl('zong-he-dang-wei'),
  ),

  // Practice words: the case and the glossary answer them, the rule packs only check them.
  q('专职副书记', '实务', t('cadres'), GZ, CS, XH, gl('zhuan-zhi-fu-shu-ji')),
  q('组织员', '实务', t('cadres'), GZ, CZ, gl('zu-zhi-yuan')),
  q('述职评议', '实务', t('assessment'), CS, XH, gl('shu-zhi-ping-yi')),
  q('党群微家', '实务', XH, t('venues'), gl('dang-qun-wei-jia')),
  q('挂点', '实务', XH, gl('gua-dian')),
  q('楼栋党小组', '实务', t('organisation'), CZ, gl('lou-dong-dang-xiao-zu')),
  q('员额管理', '实务', CS, t('cadres'), gl('yuan-e-guan-li')),

  // Several words, with or without spaces.
  q('长沙 小区党支部', '多词', CS, r('changsha')),
  q('济宁 网格党支部', '多词', JN, t('grid'), r('jining')),
  q('广州 减负', '多词', GZ, t('burden-reduction')),
  q('漳州 红色物业', '多词', ZZ),
  q('池州 街道 扩权', '多词', CZ, t('street-functions')),
  q('西湖区 兼职委员 任期', '多词', XH, r('xihu-jizhi')),
  q('上海 大工委', '多词', SH, r('shanghai')),
  q('长沙双报到', '多词', CS, t('members')),
  q('南昌大党委', '多词', XH, r('xihu-dadangwei')),
  q('长沙 大工委', '多词', CS, r('changsha')),
  q('广州 大党委', '多词', GZ),
  q('济宁 综合党委', '多词', JN, t('regional'), t('emerging-sectors')),
  q('上海 轮值书记', '多词', SH, r('shanghai')),
  q('漳州 联席会议', '多词', ZZ, t('deliberation'), t('regional')),
  q('池州 一肩挑', '多词', CZ, r('chizhou')),

  // Figures: the case page that states the figure (its figures table is not indexed).
  q('863', '数字', CS),
  q('521', '数字', CS),
  q('7.44万', '数字', CS),
  q('1375', '数字', CS),

  // Themes, answered by their topic page.
  q('区域化党建', '专题', t('regional'), gl('qu-yu-hua-dang-jian')),
  q('阵地建设', '专题', t('venues')),
  q('队伍建设', '专题', t('cadres')),
  q('考核激励', '专题', t('assessment')),
  q('街道职能', '专题', t('street-functions')),
  q('新兴领域', '专题', t('emerging-sectors'), gl('xin-xing-ling-yu')),
  q('组织体系', '专题', t('organisation')),
  q('议事协商', '专题', t('deliberation')),
  q('社区减负', '专题', t('burden-reduction')),
  q('网格化治理', '专题', t('grid'), gl('wang-ge-hua-guan-li')),
];
