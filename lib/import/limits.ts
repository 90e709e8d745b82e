/** What an upload may be: larger registers are split, or imported as JSON. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 10_000;
// The header row is looked for among the first rows: the ICO template puts
// the contact block (controller, DPO, representative) above it.
export const HEADER_SEARCH_ROWS = 40;
// An upload waits this long for its confirmation.
export const UPLOAD_TTL_MS = 6 * 60 * 60 * 1000;
