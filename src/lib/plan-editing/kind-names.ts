/** How new units are named, by level: the start screen needs only this, not the editing code. */
export const KIND_NAMES: Record<string, string> = {
  街道: '街道综合党委',
  内设机构: '内设机构',
  社区: '社区“大党委”',
  小区: '小区党支部',
  网格: '网格党支部',
  楼栋: '楼栋党小组',
  微家: '“党群微家”',
};
