// One board's search-list cards: which elements are result cards, and what each says (the board's job id as
// "board:id", title, company). One file per board; the content script's list badges (lib/content/
// run-list-badges.ts) use them. Selectors lean on what the boards keep across redesigns: data attributes and
// ids of the job, not generated class names.

export interface ListBoard {
  id: string;
  host: RegExp;
  /** A selector of result cards. */
  card: string;
  /** Inside a card: its title element (read, and the badge goes before it); null: the card's own text. */
  title: string | null;
  /** Inside a card (or inside its closest `companyScope`): the company name. */
  company: string;
  companyScope?: string;
  /** The board's id of the card's posting, without the "board:" prefix. */
  jobId(card: Element): string | null | undefined;
}

/** The result cards of a list, outermost only (a card inside another card is part of it). */
export const findCards = (board: ListBoard, root: ParentNode): Element[] =>
  [...root.querySelectorAll(board.card)].filter((card) => !card.parentElement?.closest(board.card));

/**
 * What a card says: the board's job id ("board:id"), company and, for a card without an id (only those are
 * matched by title), its title. Reading less keeps the page's main thread free.
 */
export function readCard(board: ListBoard, card: Element) {
  const id = board.jobId(card);
  const key = id && /^[\w-]+$/.test(id) ? `${board.id}:${id}` : null;
  return {
    key,
    title: key ? null : cardTitle(board, card),
    company: textIn((board.companyScope && card.closest(board.companyScope)) || card, board.company),
  };
}

/** A card's title: its title element's text, or the card's own. */
export const cardTitle = (board: ListBoard, card: Element): string | null =>
  board.title ? textIn(card, board.title) : card.textContent?.replace(/\s+/g, ' ').trim() || null;

/** The text of the first `selector` inside `card`, one line, or null. */
export function textIn(card: Element, selector: string): string | null {
  const text = card.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim();
  return text || null;
}
