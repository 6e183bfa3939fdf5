// Where the chip sits: a corner of the viewport that does not cover the board's own controls (the apply
// button above all). Pure geometry, so it is tested without a browser.

export type Corner = 'bottom-right' | 'bottom-left' | 'top-right' | 'top-left';

export interface Rect {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

export const CHIP_MARGIN = 16;

/** Corners in the order they are tried after the preferred one: same edge first, then the opposite edge. */
const FALLBACK_ORDER: Record<Corner, Corner[]> = {
  'bottom-right': ['bottom-right', 'bottom-left', 'top-right', 'top-left'],
  'bottom-left': ['bottom-left', 'bottom-right', 'top-left', 'top-right'],
  'top-right': ['top-right', 'top-left', 'bottom-right', 'bottom-left'],
  'top-left': ['top-left', 'top-right', 'bottom-left', 'bottom-right'],
};

export function cornerRect(corner: Corner, size: Size, viewport: Size, margin = CHIP_MARGIN): Rect {
  const left = corner.endsWith('right') ? viewport.width - size.width - margin : margin;
  const top = corner.startsWith('bottom') ? viewport.height - size.height - margin : margin;
  return { left, top, width: size.width, height: size.height };
}

export function overlapArea(a: Rect, b: Rect): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * The first corner, from the preferred one, where the chip overlaps none of `avoid` (with a small gap around
 * them, so the chip does not touch a button either). Where every corner overlaps something, the corner with
 * the least overlap.
 */
export function chooseCorner(
  preferred: Corner,
  size: Size,
  viewport: Size,
  avoid: readonly Rect[],
  margin = CHIP_MARGIN,
): Corner {
  const padded = avoid
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({ left: r.left - 8, top: r.top - 8, width: r.width + 16, height: r.height + 16 }));
  let best: Corner = preferred;
  let bestOverlap = Infinity;
  for (const corner of FALLBACK_ORDER[preferred]) {
    const rect = cornerRect(corner, size, viewport, margin);
    const overlap = padded.reduce((sum, r) => sum + overlapArea(rect, r), 0);
    if (overlap === 0) return corner;
    if (overlap < bestOverlap) {
      best = corner;
      bestOverlap = overlap;
    }
  }
  return best;
}
