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

/** Text nodes shorter than this (normalised) are not searched in the description: too common to tell. */
const MIN_NODE_TEXT = 25;

/** Work between two pauses of the walk: a text node counts 1, one searched in the description 16 more. */
const WORK_PER_STEP = 256;

/** The same search, pausing (`yield`) every few hundred text nodes (the content script runs it in slices). */
export function* walkForDescriptionRoot(doc: Document, descriptionText: string): Steps<Element | null> {
  const body = doc.body;
  if (!body || descriptionText.length < 40) return null;
  const haystack = normalize(descriptionText);
  // Per element: matched characters and text nodes below it, and its depth under <body> (<body> 0, <html> -1).
  // The walk counts each text node in its parent only; the sums are carried up to the ancestors once, at the
  // end. Carrying every node's share up its whole ancestor chain at once was most of the read on a deeply
  // nested page (the 1 MB page: hundreds of levels).
  const stats = new Map<Element, { weight: number; hits: number; depth: number }>();
  // Where a node's share goes: the ancestors of its parent below <body> (a text node right in <body> counts in
  // <body> and <html>).
  const up = (el: Element): Element | null =>
    el === body ? el.parentElement : el.parentElement === body ? null : el.parentElement;
  // An element enters the table with its ancestors, the first time a node below it matches (the table keeps
  // that order: ties are broken by it).
  const enter = (parent: Element) => {
    const chain: Element[] = [];
    let above: Element | null = parent;
    while (above && !stats.has(above)) {
      chain.push(above);
      above = up(above);
    }
    const top = chain[chain.length - 1]!;
    let depth = above ? stats.get(above)!.depth + 1 : top.parentElement ? 1 : -1;
    const depths: number[] = [];
    for (let i = chain.length - 1; i >= 0; i--) depths[i] = depth++;
    chain.forEach((el, i) => stats.set(el, { weight: 0, hits: 0, depth: depths[i]! }));
  };
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
    const raw = node.textContent ?? '';
    // Most of a page's text nodes are short (labels, the whitespace between tags): too short to count even before
    // they are normalised, which collapses and trims, and lower-cases at most to twice the length ('İ').
    if (raw.length * 2 < MIN_NODE_TEXT) continue;
    const text = normalize(raw);
    if (text.length < MIN_NODE_TEXT) continue;
    // Searching a 1 MB description is the walk's costly part: it brings the next pause closer.
    work += 16;
    if (!haystack.includes(text)) continue;
    if (!stats.has(parent)) enter(parent);
    const entry = stats.get(parent)!;
    entry.weight += text.length;
    entry.hits += 1;
  }
  // Deepest first: each element's sums are complete when they are added to the one above it. (Grouped by
  // depth, from <html> at -1: no sort of the whole table.)
  const levels: Element[][] = [];
  for (const [el, { depth }] of stats) (levels[depth + 1] ??= []).push(el);
  for (let level = levels.length - 1; level >= 0; level--) {
    for (const el of levels[level] ?? []) {
      if (++work >= WORK_PER_STEP) {
        work = 0;
        yield;
      }
      const target = up(el);
      const into = target ? stats.get(target) : undefined;
      if (!into) continue;
      const entry = stats.get(el)!;
      into.weight += entry.weight;
      into.hits += entry.hits;
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
