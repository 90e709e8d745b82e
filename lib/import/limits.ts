import { ICO_CONTROLLER_COLUMNS } from "../register/ico-layout";

/** What an upload may be: larger registers are split, or imported as JSON. */
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_ROWS = 10_000;
// Cells, counted up to the last filled one of each row: a register at the row
// limit with every one of the 32 ICO columns filled, and no more. A sheet of a
// hundred columns times tens of thousands of rows (what exhausted the server's
// memory) is refused while it is read, before a table of it is built.
export const MAX_CELLS = MAX_ROWS * ICO_CONTROLLER_COLUMNS.length;
// Characters of text in all cells together. A CSV cannot exceed it (it is at
// most 10 MB), but an XLSX can refer to one long shared string from every
// cell, and the staged upload would then be gigabytes of JSON.
export const MAX_TEXT_CHARACTERS = 10_000_000;
// The header row is looked for among the first rows: the ICO template puts
// the contact block (controller, DPO, representative) above it.
export const HEADER_SEARCH_ROWS = 40;
// An upload waits this long for its confirmation.
export const UPLOAD_TTL_MS = 6 * 60 * 60 * 1000;
// Uploads waiting for their confirmation, each a file of up to a few tens of
// MB on the server's disk: per member, and per organisation for all its members.
export const MAX_STAGED_PER_USER = 5;
export const MAX_STAGED_PER_ORGANISATION = 20;

/** A whole register is imported in one transaction: thousands of rows and their audit events. */
export const IMPORT_TIMEOUT = 120_000;
