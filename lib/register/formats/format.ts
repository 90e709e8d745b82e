import type { Register } from "../build";
import type { RegisterLocalisation } from "../localise";
import type { RegisterSource } from "../source";
import type { RegisterWording } from "../wording";

export type RenderInput = {
  /** The records in the export's language; texts without a translation carry the mark the legend explains. */
  source: RegisterSource;
  /** The same records without the marks (the JSON lists the untranslated texts instead). */
  unmarked: RegisterSource;
  /** The register built from `source` in the export's words, built once on first use. */
  register: () => Register;
  wording: RegisterWording;
  localisation: RegisterLocalisation;
};

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
  /** Told in the file name after the date, where two formats share an extension ("cnil"). */
  fileQualifier?: string;
  contentType: string;
  /** What the register page's download button says, and its tooltip. */
  label: string;
  description: string;
  /** The page shows the first format as the main download. */
  render(input: RenderInput): Promise<Buffer | string> | Buffer | string;
};
