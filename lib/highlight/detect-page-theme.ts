import type { PageTheme } from './verdict-styles';

// Marks sit on whatever the posting's container paints, so the theme is read from the first opaque
// background behind the marked text, not from the OS setting (a dark OS often shows a light job board).

/** Relative luminance (WCAG) of an `rgb()`/`rgba()` colour, or null when transparent or unparseable. */
export function luminanceOf(cssColor: string): number | null {
  const m = /rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)/.exec(cssColor);
  if (!m) return null;
  const alphaText = m[4];
  const alpha =
    alphaText === undefined
      ? 1
      : alphaText.endsWith('%')
        ? parseFloat(alphaText) / 100
        : parseFloat(alphaText);
  if (alpha < 0.5) return null;
  const [r, g, b] = [m[1], m[2], m[3]].map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Walks up from `from` (at most a few levels, style reads only, no layout) to the first opaque background. */
export function detectPageTheme(doc: Document, from?: Node | null): PageTheme {
  const view = doc.defaultView;
  if (!view) return 'light';
  let element: Element | null =
    from?.nodeType === 1 ? (from as Element) : (from?.parentElement ?? doc.body ?? doc.documentElement);
  for (let depth = 0; element && depth < 40; depth++, element = element.parentElement) {
    const luminance = luminanceOf(view.getComputedStyle(element).backgroundColor);
    if (luminance !== null) return luminance < 0.2 ? 'dark' : 'light';
  }
  // No background anywhere: the canvas colour follows the page's color-scheme and the OS preference.
  const scheme = view.getComputedStyle(doc.documentElement).getPropertyValue('color-scheme');
  const prefersDark = view.matchMedia?.('(prefers-color-scheme: dark)').matches ?? false;
  return prefersDark && scheme.includes('dark') ? 'dark' : 'light';
}
