/**
 * The share link: the plan, compressed, in the address's hash. Says plainly
 * that the plan is not uploaded anywhere, and that anyone with the link can
 * read the draft. Links short enough get a QR code, drawn in the browser.
 */
import { useEffect, useState } from 'preact/hooks';
import { encodeShare, MAX_SHARE_CHARS } from '../../lib/plan-editing/share.ts';
import type { QrResult } from '../../lib/documents/qr.ts';
import { QR_MAX_CHARS } from '../../lib/documents/qr-limit.ts';
import type { Plan } from '../../lib/plan-format/schema.ts';
import type { Session } from '../../stores/planner.ts';
import { planFileText } from '../../lib/plan-format/file-text.ts';
import { routes } from '../../lib/routes.ts';
import { copyText } from '../../components/common/clipboard.ts';

export function SharePanel({ session }: { session: Session }) {
  const link = useShareLink(session.doc.plan, session.doc.drafts);
  return (
    <section class="pl-panel pl-share" aria-labelledby="pl-share-title">
      <h2 id="pl-share-title">分享链接</h2>
      <p>
        整份方案压缩后写在链接的“#”之后：链接里的方案不会上传到任何服务器，只在打开链接的浏览器中读出。但
        <strong>任何拿到链接的人都能看到这份草稿</strong>，请只发给应当看到的人。链接最长 {MAX_SHARE_CHARS}{' '}
        个字符，大的方案请改用“导出 JSON”。二维码最多容纳 {QR_MAX_CHARS} 个字符，更长的链接只能复制发送。
      </p>
      {link.error && (
        <p class="pl-error" role="alert">
          {link.error}
        </p>
      )}
      {link.url && <SharedLink key={link.url} url={link.url} />}
    </section>
  );
}

/** The plan's share address, as it is on screen (edits and unfinished members included), made anew whenever it changes (or why it cannot be made). */
function useShareLink(plan: Plan, drafts: readonly string[] | undefined): { url?: string; error?: string } {
  const [link, setLink] = useState<{ url?: string; error?: string }>({});
  useEffect(() => {
    let live = true;
    void encodeShare(planFileText(plan), MAX_SHARE_CHARS, drafts).then((r) => {
      if (live)
        setLink(r.ok ? { url: new URL(routes.planner(r.hash), location.href).href } : { error: r.error });
    });
    return () => {
      live = false;
    };
  }, [plan, drafts]);
  return link;
}

/** The QR code of `url`, drawn once its encoder has loaded. */
function useQr(url: string): QrResult | undefined {
  const [qr, setQr] = useState<QrResult | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void import('../../lib/documents/qr.ts').then((m) => {
      if (live) setQr(m.qrSvg(url, '方案分享链接的二维码'));
    });
    return () => {
      live = false;
    };
  }, [url]);
  return qr;
}

/** The link to select or copy, and its QR code (or why it has none). */
function SharedLink({ url }: { url: string }) {
  const [copied, setCopied] = useState('');
  const qr = useQr(url);
  const copy = async () =>
    setCopied(await copyText(url, '已复制链接。', '浏览器不允许直接复制：请选中上面的链接后复制。'));
  return (
    <>
      <div class="pl-field">
        <label for="f-share-link">链接（{url.length} 个字符）</label>
        <input id="f-share-link" type="text" readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
      </div>
      <button type="button" onClick={copy}>
        复制链接
      </button>
      <p class="pl-hint" role="status">
        {copied}
      </p>
      {qr?.ok && (
        <figure class="pl-share-qr">
          <div class="pl-share-qr__code" data-share-qr dangerouslySetInnerHTML={{ __html: qr.svg }} />
          <figcaption>用手机扫码打开这份方案（二维码在本机生成，不经过任何第三方）。</figcaption>
        </figure>
      )}
      {qr && !qr.ok && (
        <p class="pl-hint" data-share-qr-error>
          {qr.error}
        </p>
      )}
    </>
  );
}
