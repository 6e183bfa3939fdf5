// Imported first by the background entrypoint: a mark when the worker starts evaluating its modules (after the
// script's compilation), for npm run bench:browser's cold-start phases.
performance.mark?.('gapmark:bg:eval');
