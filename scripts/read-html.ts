// How the CLI reads a saved page: happy-dom parses the HTML (no script runs, nothing is fetched) and readPage
// reads it exactly as the content script reads the live page. One function, so `npm run analyze`, the real-page
// report and the CLI/Chromium parity test read the same way.
import { Window } from 'happy-dom';
import { readPage, toPageReadingData, type PageReadingData } from '@/lib/sites/index';

/**
 * happy-dom 21 loses the rest of a document after a `<style>` or `<script>` inside an `<svg>` (Indeed's search
 * page has one in its loading logo, so the CLI saw 34 elements where Chromium sees thousands). The content of an
 * `<svg>` is never read as page text, so these elements are dropped from inside `<svg>…</svg>` before parsing;
 * everything else is parsed as saved.
 */
export function dropSvgStyleAndScript(html: string): string {
  const lower = html.toLowerCase();
  if (!/<svg[\s>][\s\S]*?<(?:style|script)[\s>]/.test(lower)) return html;
  const out: string[] = [];
  let pos = 0;
  for (let open = lower.indexOf('<svg', pos); open >= 0; open = lower.indexOf('<svg', pos)) {
    const close = lower.indexOf('</svg', open);
    const end = close < 0 ? html.length : close;
    out.push(html.slice(pos, open));
    out.push(html.slice(open, end).replace(/<(style|script)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ''));
    pos = end;
    if (close < 0) break;
    out.push(html.slice(pos, pos + 5));
    pos += 5;
  }
  out.push(html.slice(pos));
  return out.join('');
}

export async function readHtml(html: string, url: URL): Promise<PageReadingData> {
  const window = new Window({
    url: url.href,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  try {
    const document = new window.DOMParser().parseFromString(dropSvgStyleAndScript(html), 'text/html');
    return toPageReadingData(readPage(document as unknown as Document, url));
  } finally {
    await window.happyDOM.close();
  }
}
