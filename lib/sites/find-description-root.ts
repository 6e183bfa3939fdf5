import { runSteps, type Steps } from '@/lib/text/steps';
// Where on the page the JSON-LD description is shown: the smallest element that holds most of the page's text
// nodes that also occur in that description. Lets a JSON-LD-only careers page (and a board whose selectors a
// redesign broke) still get painted.

const normalize = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase();
const IGNORED_PARENTS = new Set(['script', 'style', 'noscript', 'template', 'title', 'head']);

/** Where the JSON-LD description is shown, found in one go. */
export function findDescriptionRoot(doc: Document, descriptionText: string): Element | null {
  return runSteps(walkForDescriptionRoot(doc, descriptionText));
}

/** Work between two pauses of the walk: a text node counts 1, one searched in the description 16 more. */
const WORK_PER_STEP = 256;

/** The same search, pausing (`yield`) every few hundred text nodes (the content script runs it in slices). */
export function* walkForDescriptionRoot(doc: Document, descriptionText: string): Steps<Element | null> {
  const body = doc.body;
  if (!body || descriptionText.length < 40) return null;
  const haystack = normalize(descriptionText);
  // Per element: matched characters and text nodes below it, and its depth under <body>. One map entry per
  // element and the depth worked out once per element: on the 1 MB page this walk was most of the read.
  const stats = new Map<Element, { weight: number; hits: number; depth: number }>();
  // Text node type filter (NodeFilter.SHOW_TEXT) as a number: no global needed in Node.
  const walker = doc.createTreeWalker(body, 4);
  let work = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (++work >= WORK_PER_STEP) {
      work = 0;
      yield;
    }
    const parent = node.parentElement;
    if (!parent || IGNORED_PARENTS.has(parent.localName)) continue;
    const text = normalize(node.textContent ?? '');
    if (text.length < 25) continue;
    // Searching a 1 MB description is the walk's costly part: it brings the next pause closer.
    work += 16;
    if (!haystack.includes(text)) continue;
    let entry = stats.get(parent);
    if (!entry) {
      let depth = 0;
      for (let el: Element | null = parent; el && el !== body; el = el.parentElement) depth++;
      entry = { weight: 0, hits: 0, depth };
      stats.set(parent, entry);
    }
    entry.weight += text.length;
    entry.hits += 1;
    // Every ancestor up to <body> holds this text too; its depth is one less than its child's.
    let depth = entry.depth;
    for (let el = parent.parentElement; el && el !== body; el = el.parentElement) {
      depth--;
      let above = stats.get(el);
      if (!above) {
        above = { weight: 0, hits: 0, depth };
        stats.set(el, above);
      }
      above.weight += text.length;
      above.hits += 1;
    }
  }
  // Weigh against the element holding the most of it (not against all hits: a sentence repeated in a teaser or
  // the navigation must not pull the choice up to <body>).
  let most = 0;
  let mostHits = 0;
  for (const { weight, hits } of stats.values()) {
    if (weight > most) [most, mostHits] = [weight, hits];
  }
  // Too little of the description is in one place: it is not shown there (or only as a teaser).
  if (most < haystack.length * 0.3) return null;
  let best: Element | null = null;
  let bestDepth = -1;
  for (const [el, { weight, hits, depth }] of stats) {
    // Most of the matching text nodes too, not only most of the characters: one huge node (a 1 MB "word" in a
    // list item) must not make its own list the description.
    if (weight >= most * 0.85 && hits >= mostHits * 0.85 && depth > bestDepth) {
      best = el;
      bestDepth = depth;
    }
  }
  return best;
}
