/**
 * Share links: a plan survives the round trip through the hash; a link cut
 * short, altered, of another format or too large is refused with a Chinese
 * message instead of yielding some other plan.
 */
import { describe, expect, it } from 'vitest';
import { decodeShare, encodeShare, MAX_SHARE_CHARS } from '../../../src/lib/plan-editing/share.ts';
import { exampleTexts } from './helpers.ts';

const committee = exampleTexts.get('xihu-dadangwei')!;

async function hashOf(text: string): Promise<string> {
  const link = await encodeShare(text);
  if (!link.ok) throw new Error(link.error);
  return `#${link.hash}`;
}

describe('share links', () => {
  it('carry a plan there and back, compressed', async () => {
    const hash = await hashOf(committee);
    expect(hash).toMatch(/^#plan=1\.[A-Za-z0-9_-]+$/);
    expect(hash.length).toBeLessThan(committee.length / 2);
    expect(await decodeShare(hash)).toEqual({ ok: true, text: committee });
  });

  it('carry the members not yet filled in, so they read 待填写 there too; only those in the plan', async () => {
    const link = await encodeShare(committee, MAX_SHARE_CHARS, ['new1', 'new2']);
    if (!link.ok) throw new Error(link.error);
    expect(link.hash).toMatch(/&draft=new1,new2$/);
    expect(await decodeShare(`#${link.hash}`)).toEqual({
      ok: true,
      text: committee,
      drafts: ['new1', 'new2'],
    });
    const { fromImported } = await import('../../../src/lib/plan-editing/start.ts');
    const { readPlan } = await import('../../../src/lib/plan-format/read.ts');
    const read = readPlan(committee);
    if (!read.ok) throw new Error(read.errors.join());
    const someone = read.plan.root.members[0]!.id;
    expect(fromImported(read.plan, [someone, 'not-there']).drafts).toEqual([someone]);
    expect(fromImported(read.plan, ['not-there']).drafts).toBeUndefined();
  });

  it('keep Chinese and markup in names as text', async () => {
    const text = JSON.stringify({ name: '<script>alert("张三")</script>' });
    expect(await decodeShare(await hashOf(text))).toEqual({ ok: true, text });
  });

  it('an address without a plan is not an error', async () => {
    expect(await decodeShare('#section-2')).toEqual({ ok: 'none' });
    expect(await decodeShare('')).toEqual({ ok: 'none' });
  });

  it('refuse a link cut short', async () => {
    const hash = await hashOf(committee);
    for (const cut of [hash.length - 1, hash.length - 10, Math.floor(hash.length / 2), 12]) {
      const result = await decodeShare(hash.slice(0, cut));
      expect(result.ok).toBe(false);
      if (result.ok === false) expect(result.error).toContain('分享链接不完整或被改动过');
    }
  });

  it('refuse a link with a character changed (the checksum catches it)', async () => {
    const hash = await hashOf(committee);
    let refused = 0;
    for (let i = 10; i < hash.length; i += Math.ceil(hash.length / 25)) {
      const c = hash[i]!;
      const changed = `${hash.slice(0, i)}${c === 'A' ? 'B' : 'A'}${hash.slice(i + 1)}`;
      const result = await decodeShare(changed);
      if (result.ok === false) refused += 1;
      else expect(result).toEqual({ ok: true, text: committee }); // never some other plan
    }
    expect(refused).toBeGreaterThan(20);
  });

  it('refuse characters outside base64url and an unknown format', async () => {
    expect((await decodeShare('#plan=1.abc$def')).ok).toBe(false);
    expect((await decodeShare('#plan=abc')).ok).toBe(false);
    const newer = await decodeShare('#plan=9.abcd');
    expect(newer.ok === false && newer.error).toContain('较新版本');
  });

  it('refuse to make a link longer than the limit, saying why', async () => {
    const random = Array.from({ length: 20_000 }, (_, i) => ((i * 7919) % 65_521).toString(36)).join('');
    const link = await encodeShare(random, MAX_SHARE_CHARS);
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.error).toMatch(/方案太大，放不进链接（压缩后 \d+ 个字符，上限 8000）/);
  });

  it('refuse a link that unpacks to something huge', async () => {
    const bomb = await encodeShare(' '.repeat(5_000_000), Infinity);
    if (!bomb.ok) throw new Error(bomb.error);
    const result = await decodeShare(`#${bomb.hash}`);
    expect(result.ok === false && result.error).toContain('过大');
  });
});
