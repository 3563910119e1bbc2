/**
 * Names a place inside a plan file the way a secretary reads it — 根单位
 * 「某社区」› 成员「dd-m04」› 职务（role） — not as a JSON path. The same
 * wording as src/lib/plan/issues.ts describePath, without zod (which that
 * module loads for its messages), so the browser can use it.
 */

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** "「东湖社区」" from a unit, member, waiver or duty, falling back to its position. */
function nameOf(value: unknown, index: number): string {
  const item = record(value);
  const name = item?.['name'] ?? item?.['id'] ?? item?.['rule'] ?? item?.['kind'];
  return typeof name === 'string' && name !== '' ? `「${name}」` : `第${index + 1}个`;
}

const LIST_NOUNS: Record<string, string> = {
  children: '下设单位',
  members: '成员',
  waivers: '豁免',
  duties: '工作制度',
  vacancies: '出缺',
};

/** Describe where `path` points inside the raw input, in Chinese. */
export function describeWhere(
  input: unknown,
  path: ReadonlyArray<string | number>,
  labels: Readonly<Record<string, string>>,
): string {
  const label = (key: string) => labels[key] ?? key;
  const parts: string[] = [];
  let current: unknown = input;
  for (let i = 0; i < path.length; i += 1) {
    const key = path[i]!;
    const next = path[i + 1];
    const container = record(current);
    const child = container && typeof key === 'string' ? container[key] : undefined;
    const noun = typeof key === 'string' ? LIST_NOUNS[key] : undefined;
    if (noun && typeof next === 'number') {
      const list = Array.isArray(child) ? child : [];
      parts.push(`${noun}${nameOf(list[next], next)}`);
      current = list[next];
      i += 1;
      continue;
    }
    if (key === 'root') parts.push(`根单位${nameOf(child, 0)}`);
    else parts.push(typeof key === 'number' ? `第${key + 1}项` : label(key));
    current = typeof key === 'number' && Array.isArray(current) ? current[key] : child;
  }
  return parts.length > 0 ? parts.join(' › ') : '（整个文件）';
}
