import { useTranslations } from "next-intl";
import type { RegisterFilters } from "@/lib/register/source";
import { buttonClassName } from "@/components/ui/button";

export type ExportChoice = { format: string; label: string; description: string };

/** Download links; the filters of the preview apply to the files too. */
export function ExportLinks({ filters, formats }: { filters: RegisterFilters; formats: ExportChoice[] }) {
  const t = useTranslations("register.page");
  const query = new URLSearchParams(Object.entries(filters).filter((entry): entry is [string, string] => !!entry[1])).toString();
  return (
    <ul aria-label={t("downloads")} className="flex flex-wrap gap-2 print:hidden">
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
  );
}
