// The chip's own stylesheet, inside its shadow root: the page's CSS cannot reach in, and ours cannot leak out.
export const CHIP_CSS = `
:host { all: initial; position: fixed; z-index: 2147483646; display: block; }
:host([hidden]) { display: none; }
.chip {
  font: 13px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
  color: #111827; background: #ffffff; border: 1px solid #d1d5db; border-radius: 10px;
  box-shadow: 0 4px 16px rgba(0, 0, 0, 0.18); max-width: 320px; overflow: hidden;
}
button, input { font: inherit; color: inherit; }
button { cursor: pointer; }
:focus-visible { outline: 2px solid #2563eb; outline-offset: 2px; }
.head { display: flex; align-items: center; }
.summary {
  display: flex; align-items: baseline; gap: 6px; flex: 1; padding: 8px 12px; border: 0; background: none;
  text-align: start;
}
.score { font-size: 18px; font-weight: 700; }
.score[data-band='high'] { color: #15803d; }
.score[data-band='mid'] { color: #b45309; }
.score[data-band='low'] { color: #b91c1c; }
.brand { font-size: 11px; color: #6b7280; margin-inline-start: auto; }
.hide { border: 0; background: none; padding: 8px 10px; color: #6b7280; }
.panel { padding: 0 12px 12px; border-top: 1px solid #e5e7eb; }
.panel[hidden] { display: none; }
.reason { margin: 8px 0; }
.flags { margin: 0; padding: 0 12px 8px; list-style: none; }
.flags:empty { display: none; }
.legend { list-style: none; margin: 8px 0; padding: 0; display: grid; gap: 2px; }
.legend li { display: flex; gap: 8px; align-items: center; }
.swatch { padding: 0 4px; border-radius: 2px; text-decoration-thickness: 2px; }
.actions { display: flex; gap: 8px; margin: 8px 0; }
.actions button {
  padding: 4px 10px; border: 1px solid #d1d5db; border-radius: 6px; background: #f9fafb;
}
.actions button:disabled { cursor: default; opacity: 0.55; }
.toggles { display: grid; gap: 4px; }
.toggles label { display: flex; gap: 6px; align-items: center; }
:host([data-theme=dark]) .chip { color: #f3f4f6; background: #1f2937; border-color: #4b5563; }
:host([data-theme=dark]) .brand, :host([data-theme=dark]) .hide { color: #9ca3af; }
:host([data-theme=dark]) .panel { border-color: #374151; }
:host([data-theme=dark]) .actions button { background: #374151; border-color: #4b5563; }
:host([data-theme=dark]) .score[data-band='high'] { color: #4ade80; }
:host([data-theme=dark]) .score[data-band='mid'] { color: #fbbf24; }
:host([data-theme=dark]) .score[data-band='low'] { color: #f87171; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.gaps { list-style: none; margin: 8px 0; padding: 0; display: flex; flex-wrap: wrap; gap: 4px; }
.gaps:empty { display: none; }
.gap { padding: 1px 8px; border: 1px dashed #b45309; border-radius: 999px; background: none; }
.gap.req { border-style: solid; border-color: #b91c1c; }
:host([data-theme=dark]) .gap { border-color: #fbbf24; }
:host([data-theme=dark]) .gap.req { border-color: #f87171; }
`;
