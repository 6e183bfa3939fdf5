// Written forms the engine needs that the compiled taxonomy lacks (reported to the taxonomy owner; remove
// an entry once the taxonomy has it). Keyed by canonical skill id.
export const EXTRA_ALIASES: Readonly<Record<string, readonly string[]>> = {
  rag: ['retrieval pipelines', 'retrieval pipeline'],
};
