/**
 * The translations view's state in the URL (`?lang=de&state=missing&kind=activity&q=…&page=2`),
 * so that a link reproduces it: the settings' refusal links to the texts a
 * new default language lacks.
 */
import { isLanguage, type Language } from "./languages";
import { RECORD_KINDS, TRANSLATION_STATES, type RecordKind, type TranslationState } from "./overview";

export const TRANSLATION_PAGE_SIZES = [25, 50, 100] as const;

export type TranslationViewParams = {
  lang: Language | null;
  state: TranslationState | "open" | null;
  kind: RecordKind | null;
  q: string;
  page: number;
  pageSize: number;
};

type Params = Record<string, string | string[] | undefined>;

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export function parseTranslationViewParams(params: Params): TranslationViewParams {
  const lang = first(params.lang);
  const state = first(params.state);
  const kind = first(params.kind);
  const page = Number.parseInt(first(params.page), 10);
  const size = Number.parseInt(first(params.size), 10);
  return {
    lang: isLanguage(lang) ? lang : null,
    state: state === "open" || (TRANSLATION_STATES as readonly string[]).includes(state) ? (state as TranslationState | "open") : null,
    kind: (RECORD_KINDS as readonly string[]).includes(kind) ? (kind as RecordKind) : null,
    q: first(params.q).slice(0, 200),
    page: Number.isFinite(page) && page > 0 ? page : 1,
    pageSize: (TRANSLATION_PAGE_SIZES as readonly number[]).includes(size) ? size : 50,
  };
}

export function serializeTranslationViewParams(params: TranslationViewParams): string {
  const search = new URLSearchParams();
  if (params.lang) search.set("lang", params.lang);
  if (params.state) search.set("state", params.state);
  if (params.kind) search.set("kind", params.kind);
  if (params.q.trim()) search.set("q", params.q.trim());
  if (params.page > 1) search.set("page", String(params.page));
  if (params.pageSize !== 50) search.set("size", String(params.pageSize));
  const query = search.toString();
  return query ? `?${query}` : "";
}
