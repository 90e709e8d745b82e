/**
 * The languages of the dashboard. Public policy pages are not the dashboard:
 * they are served in the policy's own language (lib/policies), whatever the
 * reader's browser or account says.
 */
export const locales = ["en", "de"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "en";

/** Each language named in itself, so a reader finds theirs whatever the page is in. */
export const localeNames: Record<Locale, string> = { en: "English", de: "Deutsch" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/**
 * The best dashboard language for an Accept-Language header (RFC 9110
 * §12.5.4): ranges by descending weight, a range matching a locale by its
 * primary subtag ("de-AT" → de), "*" meaning any (the default), q=0 meaning
 * "not this one". Anything unreadable counts as no preference.
 */
export function negotiateLocale(header: string | null | undefined): Locale {
  if (!header) return defaultLocale;
  const ranges = header
    .slice(0, 1000)
    .split(",")
    .map((part, index) => {
      const [range, ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => /^q=/i.test(p));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag: range.trim().toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
    })
    .filter((r) => r.tag !== "" && r.weight > 0 && r.weight <= 1)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const refused = new Set(
    header
      .split(",")
      .map((part) => part.trim().split(";"))
      .filter(([, ...params]) => params.some((p) => /^q=0(\.0*)?$/i.test(p.trim())))
      .map(([range]) => range.trim().toLowerCase()),
  );
  for (const { tag } of ranges) {
    if (tag === "*") return locales.find((l) => !refused.has(l)) ?? defaultLocale;
    const primary = tag.split("-")[0];
    if (isLocale(primary)) return primary;
  }
  return defaultLocale;
}

/**
 * The regional conventions dates and lists are written in: the dashboard's
 * English is British ("3 Dec 2026", as lib/format.ts), its German that of Germany.
 */
export const formattingLocales: Record<Locale, string> = { en: "en-GB", de: "de-DE" };
