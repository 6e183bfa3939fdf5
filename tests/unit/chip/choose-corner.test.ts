import { describe, expect, it } from 'vitest';
import { chooseCorner, cornerRect, overlapArea, type Rect } from '@/lib/chip/choose-corner';

const viewport = { width: 1000, height: 800 };
const chip = { width: 200, height: 60 };
const rect = (left: number, top: number, width: number, height: number): Rect => ({
  left,
  top,
  width,
  height,
});

describe('cornerRect', () => {
  it.each([
    ['bottom-right', rect(784, 724, 200, 60)],
    ['bottom-left', rect(16, 724, 200, 60)],
    ['top-right', rect(784, 16, 200, 60)],
    ['top-left', rect(16, 16, 200, 60)],
  ] as const)('%s', (corner, expected) => {
    expect(cornerRect(corner, chip, viewport)).toEqual(expected);
  });
});

describe('overlapArea', () => {
  it.each([
    [rect(0, 0, 10, 10), rect(5, 5, 10, 10), 25],
    [rect(0, 0, 10, 10), rect(10, 0, 10, 10), 0], // touching edges do not overlap
    [rect(0, 0, 10, 10), rect(20, 20, 5, 5), 0],
    [rect(0, 0, 10, 10), rect(2, 2, 2, 2), 4],
  ])('%j × %j = %d', (a, b, area) => {
    expect(overlapArea(a, b)).toBe(area);
    expect(overlapArea(b, a)).toBe(area);
  });
});

describe('chooseCorner', () => {
  it.each([
    ['nothing to avoid', [], 'bottom-right'],
    ['an apply button far away', [rect(400, 300, 120, 40)], 'bottom-right'],
    ['a sticky apply bar bottom-right', [rect(800, 740, 180, 48)], 'bottom-left'],
    ['a full-width sticky footer', [rect(0, 720, 1000, 80)], 'top-right'],
    ['a button just next to the chip (the gap around it counts)', [rect(760, 730, 20, 30)], 'bottom-left'],
    ['footer and a top-right header button', [rect(0, 720, 1000, 80), rect(900, 10, 90, 40)], 'top-left'],
    ['zero-size (hidden) elements are ignored', [rect(800, 740, 0, 0)], 'bottom-right'],
  ])('%s → %s', (_case, avoid, expected) => {
    expect(chooseCorner('bottom-right', chip, viewport, avoid)).toBe(expected);
  });

  it('with every corner covered, takes the one with the least overlap', () => {
    const avoid = [rect(0, 0, 1000, 70), rect(0, 730, 600, 70), rect(600, 750, 400, 50)];
    // With the 8 px gap around each: either top corner 200 × 60 = 12,000, bottom-left 200 × 60 = 12,000,
    // bottom-right only the short bar, 200 × 42 = 8,400.
    expect(chooseCorner('bottom-right', chip, viewport, avoid)).toBe('bottom-right');
    expect(chooseCorner('top-left', chip, viewport, avoid)).toBe('bottom-right');
  });

  it('tries the preferred corner first', () => {
    expect(chooseCorner('top-left', chip, viewport, [])).toBe('top-left');
  });
});
