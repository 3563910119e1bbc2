/**
 * 使用说明.txt, beside index.html in the offline package: how to open it and
 * what works, for a trainer with a USB stick. CRLF and a byte-order mark, so
 * that Windows' Notepad shows it right.
 */
export const README_NAME = '使用说明.txt';

const dateText = (d: Date): string => `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;

export function readmeText(built: Date): string {
  const lines = [
    '城市基层党建案例库（离线版）使用说明',
    '',
    '一、打开',
    '双击本文件夹里的 index.html，用浏览器打开即可（推荐新版的 Chrome、Edge、Firefox 或 360 极速浏览器）。',
    '不需要网络，也不需要安装任何软件；可以直接在U盘里打开，也可以把整个文件夹复制到电脑上再打开。',
    '请保持文件夹完整，不要单独拷出某个网页文件。',
    '',
    '二、能用什么',
    '1. 阅读：案例、专题、术语表、数据一览和大事记，页面之间的链接、图示和数字出处都能用。',
    '2. 搜索：点页面上方的“搜索”，和网站上一样。',
    '3. 数据下载：在“数据一览”页点“下载全部数据”，得到可用 Excel 或 WPS 打开的 CSV 文件。',
    '4. 班子规划器：可以试排班子、逐条核对规则、导出和打印。方案只保存在这台电脑的这个浏览器里；换电脑时，请先用“导出 JSON”存成文件带走。',
    '5. 单个页面的“演示”和“打印”照常可用。“组合讲座”需要在网站上使用。',
    '',
    `本离线版制作于 ${dateText(built)}。内容更新后，请向管理员索取新的离线版。`,
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
