// Geometry for the chip's corner without forcing a layout: an IntersectionObserver reports each target's
// bounding rectangle after the browser's own layout of the next frame, so reading it costs nothing. (Asking
// getBoundingClientRect right after the chip is added forced the page's whole layout inside our task: 66–73 ms
// of "paint" on big real pages in a Chromium profile.) Without the observer, the rectangles are read in the next
// animation frame, in one batch.

type RectWindow = Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'> & {
  IntersectionObserver?: typeof IntersectionObserver;
};

/** Calls `done` once with the rectangle of each element (same order); returns a function that cancels it. */
export function measureRects(
  view: RectWindow,
  elements: readonly Element[],
  done: (rects: DOMRectReadOnly[]) => void,
): () => void {
  const Observer = view.IntersectionObserver;
  if (typeof Observer === 'function') {
    const rects = new Map<Element, DOMRectReadOnly>();
    const observer = new Observer((entries) => {
      for (const entry of entries) rects.set(entry.target, entry.boundingClientRect);
      if (rects.size < new Set(elements).size) return;
      observer.disconnect();
      done(elements.map((element) => rects.get(element)!));
    });
    for (const element of elements) observer.observe(element);
    return () => observer.disconnect();
  }
  const frame = view.requestAnimationFrame(() =>
    done(elements.map((element) => element.getBoundingClientRect())),
  );
  return () => view.cancelAnimationFrame(frame);
}
