/**
 * What a case page's summary box shows above the fold (CaseMeta.astro):
 * the number of model names listed before 更多, and the line that tells a
 * reader the material describes practice at a given time.
 */

/** Model names shown in the box; the rest are folded under 更多. */
export const KEY_MODELS = 5;

/** Shown under 资料时间 on every case page. */
export const CASE_AGE_NOTE = '本页所述为资料时间的做法，此后可能已有调整，引用前请核对当地最新文件。';
