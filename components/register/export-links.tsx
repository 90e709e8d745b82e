"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import type { RegisterFilters } from "@/lib/register/source";
import { buttonClassName } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { Select } from "@/components/ui/select";

export type ExportChoice = { format: string; label: string; description: string };

/** A language the register can be exported in, named in itself ("Deutsch"). */
export type ExportLanguage = { code: string; name: string };

/**
 * Download links; the filters of the preview apply to the files too. Where the
 * organisation keeps its records in more than one language, a select chooses
 * the language of the files (Art. 30(4): the authority may ask for the record
 * in its own language). The choice is kept in the links (?language=de) and in
 * the page's address, and the filter form sends it along, so a link
 * reproduces the downloads.
 */
export function ExportLinks({
  filters,
  formats,
  languages,
  language: initial,
  filterFormId,
}: {
  filters: RegisterFilters;
  formats: ExportChoice[];
  languages: ExportLanguage[];
  language: string;
  filterFormId: string;
}) {
  const t = useTranslations("registerExport");
  const page = useTranslations("register.page");
  const [language, setLanguage] = useState(initial);
  const isDefault = language === languages[0]?.code;
  const params = Object.entries(filters).filter((entry): entry is [string, string] => !!entry[1]);
  // The default language is the export's default: the links stay as short as before.
  const query = new URLSearchParams([...params, ...(isDefault ? [] : [["language", language]])]).toString();

  function choose(code: string) {
    setLanguage(code);
    const url = new URL(window.location.href);
    if (code === languages[0]?.code) url.searchParams.delete("language");
    else url.searchParams.set("language", code);
    window.history.replaceState(null, "", url);
  }

  return (
    <div className="flex flex-wrap items-end gap-3 print:hidden">
      {languages.length > 1 ? (
        <div>
          <Label htmlFor="register-export-language">{t("language.label")}</Label>
          <Select
            id="register-export-language"
            name="language"
            form={filterFormId}
            value={language}
            onChange={(event) => choose(event.target.value)}
            aria-describedby="register-export-language-hint"
            className="mt-1 w-44"
          >
            {languages.map((choice, index) => (
              <option key={choice.code} value={choice.code} lang={choice.code}>
                {index === 0 ? t("language.default", { name: choice.name }) : choice.name}
              </option>
            ))}
          </Select>
          <p id="register-export-language-hint" className="sr-only">
            {t("language.hint")}
          </p>
        </div>
      ) : null}
      <ul aria-label={page("downloads")} className="flex flex-wrap gap-2">
        {formats.map((choice) => (
          <li key={choice.format}>
            <a
              href={`/register/export/${choice.format}${query ? `?${query}` : ""}`}
              download
              title={choice.description}
              className={buttonClassName({ variant: choice.format === "xlsx" ? "primary" : "secondary" })}
            >
              <svg aria-hidden="true" viewBox="0 0 16 16" className="size-4">
                <path d="M8 2.5v8M4.5 7.5 8 11l3.5-3.5M3 13.5h10" fill="none" stroke="currentColor" strokeWidth="1.5" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
              {choice.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
