import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { catalogues } from "@/messages";
import { locales } from "./locales";

const root = path.resolve(import.meta.dirname, "../../messages");

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** The ICU arguments ({name}, {count, plural, …}) and rich-text tags (<b>…</b>) a message uses. */
function placeholders(text: string): string[] {
  const args = [...text.matchAll(/\{\s*([A-Za-z_]\w*)\s*[,}]/g)].map((m) => `{${m[1]}}`);
  const tags = [...text.matchAll(/<([A-Za-z]\w*)>/g)].map((m) => `<${m[1]}>`);
  return [...new Set([...args, ...tags])].sort();
}

const flat = Object.fromEntries(locales.map((locale) => [locale, flatten(catalogues[locale] as unknown as Tree)]));

describe("the dashboard catalogues", () => {
  it("load every namespace file of every language", () => {
    for (const locale of locales) {
      const files = readdirSync(path.join(root, locale)).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, "")).sort();
      expect(Object.keys(catalogues[locale]).sort(), `messages/${locale}/index.ts`).toEqual(files);
      for (const file of files) {
        expect(catalogues[locale][file as keyof (typeof catalogues)["en"]]).toEqual(JSON.parse(readFileSync(path.join(root, locale, `${file}.json`), "utf8")));
      }
    }
  });

  it("have the same keys in every language", () => {
    for (const locale of locales) {
      expect([...flat[locale].keys()].sort(), locale).toEqual([...flat.en.keys()].sort());
    }
  });

  it("use the same placeholders in every language", () => {
    for (const locale of locales) {
      for (const [key, english] of flat.en) {
        expect(placeholders(flat[locale].get(key) ?? ""), `${locale}: ${key}`).toEqual(placeholders(english));
      }
    }
  });

  it("hold messages that parse as ICU and have no empty text", () => {
    for (const locale of locales) {
      const errors: string[] = [];
      const t = createTranslator({ locale, messages: catalogues[locale], onError: (error) => errors.push(error.message) });
      for (const [key, text] of flat[locale]) {
        expect(text.trim(), `${locale}: ${key}`).not.toBe("");
        const values = Object.fromEntries(placeholders(text).map((p) => [p.slice(1, -1), p.startsWith("<") ? (chunks: unknown) => chunks : 1]));
        t.rich(key as never, values as never);
      }
      expect(errors, locale).toEqual([]);
    }
  });
});
