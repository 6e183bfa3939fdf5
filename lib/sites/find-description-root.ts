// Where on the page the JSON-LD description is shown: the smallest element that holds most of the page's text
// nodes that also occur in that description. Lets a JSON-LD-only careers page (and a board whose selectors a
// redesign broke) still get painted.

const normalize = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
const IGNORED_PARENTS = new Set(['script', 'style', 'noscript', 'template', 'title', 'head']);

export function findDescriptionRoot(doc: Document, descriptionText: string): Element | null {
  const body = doc.body;
  if (!body || descriptionText.length < 40) return null;
  const haystack = normalize(descriptionText);
  const weight = new Map<Element, number>();
  const hits = new Map<Element, number>();
  const depthOf = new Map<Element, number>();
  // Text node type filter (NodeFilter.SHOW_TEXT) as a number: no global needed in Node.
  const walker = doc.createTreeWalker(body, 4);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || IGNORED_PARENTS.has(parent.localName)) continue;
    const text = normalize(node.textContent ?? '');
    if (text.length < 25 || !haystack.includes(text)) continue;
    const chain: Element[] = [];
    for (let el: Element | null = parent; el && el !== body; el = el.parentElement) chain.push(el);
    chain.forEach((el, i) => {
      weight.set(el, (weight.get(el) ?? 0) + text.length);
      hits.set(el, (hits.get(el) ?? 0) + 1);
      depthOf.set(el, chain.length - i);
    });
  }
  // Weigh against the element holding the most of it (not against all hits: a sentence repeated in a teaser or
  // the navigation must not pull the choice up to <body>).
  let most = 0;
  let mostHits = 0;
  for (const [el, w] of weight) {
    if (w > most) [most, mostHits] = [w, hits.get(el) ?? 0];
  }
  // Too little of the description is in one place: it is not shown there (or only as a teaser).
  if (most < haystack.length * 0.3) return null;
  let best: Element | null = null;
  let bestDepth = -1;
  for (const [el, w] of weight) {
    const depth = depthOf.get(el) ?? 0;
    // Most of the matching text nodes too, not only most of the characters: one huge node (a 1 MB "word" in a
    // list item) must not make its own list the description.
    if (w >= most * 0.85 && (hits.get(el) ?? 0) >= mostHits * 0.85 && depth > bestDepth) {
      best = el;
      bestDepth = depth;
    }
  }
  return best;
}
