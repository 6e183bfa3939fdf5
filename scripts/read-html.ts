// How the CLI reads a saved page: happy-dom parses the HTML (no script runs, nothing is fetched) and readPage
// reads it exactly as the content script reads the live page. One function, so `npm run analyze`, the real-page
// report and the CLI/Chromium parity test read the same way.
import { Window } from 'happy-dom';
import { readPage, toPageReadingData, type PageReadingData } from '@/lib/sites/index';

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
    const document = new window.DOMParser().parseFromString(html, 'text/html');
    return toPageReadingData(readPage(document as unknown as Document, url));
  } finally {
    await window.happyDOM.close();
  }
}
