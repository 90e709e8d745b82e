import { useTranslations } from "next-intl";
import type { ImportPreview } from "@/lib/import/validate";
import { fieldLabel } from "@/lib/import/map";
import { Badge } from "@/components/ui/badge";
import { MessageText } from "@/components/ui/message-text";

const SHOWN = 200;

/** The rows of the file: those with errors first, each message naming its column (the file's own header). */
export function PreviewRows({ preview }: { preview: ImportPreview }) {
  const t = useTranslations("registerImport.rows");
  const rows = [...preview.rows].sort((a, b) => Number(b.errors.length > 0) - Number(a.errors.length > 0) || a.line - b.line);
  const shown = rows.slice(0, SHOWN);
  return (
    <div>
      <ol aria-label={t("caption")} className="divide-y divide-slate-100">
        {shown.map((row) => (
          <li key={row.line} className={`grid gap-x-4 gap-y-1 px-2 py-2 sm:grid-cols-[5.5rem_7rem_minmax(0,14rem)_minmax(0,1fr)] ${row.errors.length ? "bg-red-50/60" : ""}`}>
            <span className="text-sm tabular-nums text-slate-600">{row.lastLine > row.line ? t("rowRange", { line: row.line, last: row.lastLine }) : t("row", { line: row.line })}</span>
            <span className="font-mono text-xs leading-5 text-slate-800">{row.reference}</span>
            <span className="text-sm text-slate-900">{row.name || <span className="text-slate-500">{t("noName")}</span>}</span>
            <div className="text-sm">
              {row.errors.length ? (
                <ul className="space-y-1 text-red-800">
                  {row.errors.map((error, index) => (
                    <li key={index}>
                      {error.field ? <span className="font-medium">{fieldLabel(error.field)}: </span> : null}
                      <MessageText text={error.message} />
                    </li>
                  ))}
                </ul>
              ) : (
                <Badge tone="green">{t("ready")}</Badge>
              )}
            </div>
          </li>
        ))}
      </ol>
      {rows.length > SHOWN ? <p className="mt-2 text-sm text-slate-600">{t("more", { count: rows.length - SHOWN })}</p> : null}
    </div>
  );
}
