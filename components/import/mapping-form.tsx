import { useTranslations } from "next-intl";
import { saveMappingAction } from "@/lib/import/actions";
import { IMPORT_FIELDS, NOT_IMPORTED, recogniseHeader, type ColumnMapping } from "@/lib/import/map";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

/**
 * Which column becomes which field: recognised headers are preset, the rest can
 * be assigned or left out. The fields are named by the ICO layout's column
 * headers, the words of the spreadsheet itself, so they stay as the file has them.
 */
export function MappingForm({ uploadId, headers, mapping }: { uploadId: string; headers: string[]; mapping: ColumnMapping }) {
  const t = useTranslations("registerImport.mapping");
  return (
    <form action={saveMappingAction} className="space-y-3">
      <input type="hidden" name="uploadId" value={uploadId} />
      <ul aria-label={t("columns")} className="divide-y divide-slate-100">
        {headers.map((header, index) => {
          const id = `column-${index}`;
          const field = mapping[index];
          const recognised = recogniseHeader(header) !== null;
          return (
            <li key={id} className="grid items-center gap-x-4 gap-y-1 py-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,20rem)_8rem]">
              <label htmlFor={id} className="text-sm text-slate-800">
                {header || <span className="text-slate-500">{t("noHeader", { number: index + 1 })}</span>}
              </label>
              <Select id={id} name={id} defaultValue={field ?? ""}>
                <option value="">{t("leaveOut")}</option>
                {IMPORT_FIELDS.map((option) => (
                  <option key={option.key} value={option.key}>
                    {NOT_IMPORTED.has(option.key) ? t("notImportedOption", { label: option.label }) : option.label}
                  </option>
                ))}
              </Select>
              <span>
                {!field ? (
                  <Badge tone={header && !recognised ? "amber" : "neutral"}>{header && !recognised ? t("notRecognised") : t("leftOut")}</Badge>
                ) : NOT_IMPORTED.has(field) ? (
                  <Badge>{t("notImported")}</Badge>
                ) : (
                  <Badge tone="green">{t("imported")}</Badge>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      <Button type="submit">{t("submit")}</Button>
    </form>
  );
}
