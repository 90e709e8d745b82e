import type { Register } from "../build";
import type { RegisterSource } from "../source";

/**
 * One download format of the register: what the register page offers and
 * the export route sends. A new format is one file beside this one, listed
 * in ./index.ts.
 */
export type RegisterExportFormat = {
  /** The path segment of /register/export/<id>. */
  id: string;
  /** The file name's extension. */
  extension: string;
  contentType: string;
  /** What the register page's download button says, and its tooltip. */
  label: string;
  description: string;
  /** The page shows the first format as the main download. */
  render(input: { source: RegisterSource; register: () => Register }): Promise<Buffer | string> | Buffer | string;
};
