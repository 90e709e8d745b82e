// The xliff package ships no types; these cover the two functions used (lib/translations/xliff.ts).
declare module "xliff" {
  export type XliffUnit = { source?: unknown; target?: unknown; note?: unknown; additionalAttributes?: Record<string, unknown> };
  export type XliffDocument = {
    sourceLanguage?: string;
    targetLanguage?: string;
    xliffVersion?: string;
    resources?: Record<string, Record<string, XliffUnit | { groupUnits: Record<string, XliffUnit> }>>;
  };
  export function js2xliff(document: XliffDocument, options?: { indent?: string; targetXliffVersion?: string }): Promise<string>;
  export function xliff2js(xml: string): Promise<XliffDocument>;
}
