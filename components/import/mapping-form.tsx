import { saveMappingAction } from "@/lib/import/actions";
import { IMPORT_FIELDS, NOT_IMPORTED, recogniseHeader, type ColumnMapping } from "@/lib/import/map";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

/** Which column becomes which field: recognised headers are preset, the rest can be assigned or left out. */
export function MappingForm({ uploadId, headers, mapping }: { uploadId: string; headers: string[]; mapping: ColumnMapping }) {
  return (
    <form action={saveMappingAction} className="space-y-3">
      <input type="hidden" name="uploadId" value={uploadId} />
      <ul aria-label="Columns of the file" className="divide-y divide-slate-100">
        {headers.map((header, index) => {
          const id = `column-${index}`;
          const field = mapping[index];
          const recognised = recogniseHeader(header) !== null;
          return (
            <li key={id} className="grid items-center gap-x-4 gap-y-1 py-2 sm:grid-cols-[minmax(0,1fr)_minmax(0,20rem)_8rem]">
              <label htmlFor={id} className="text-sm text-slate-800">
                {header || <span className="text-slate-500">Column {index + 1} (no header)</span>}
              </label>
              <Select id={id} name={id} defaultValue={field ?? ""}>
                <option value="">Leave out</option>
                {IMPORT_FIELDS.map((option) => (
                  <option key={option.key} value={option.key}>
                    {option.label}
                    {NOT_IMPORTED.has(option.key) ? " (not imported)" : ""}
                  </option>
                ))}
              </Select>
              <span>
                {!field ? (
                  <Badge tone={header && !recognised ? "amber" : "neutral"}>{header && !recognised ? "Not recognised" : "Left out"}</Badge>
                ) : NOT_IMPORTED.has(field) ? (
                  <Badge>Not imported</Badge>
                ) : (
                  <Badge tone="green">Imported</Badge>
                )}
              </span>
            </li>
          );
        })}
      </ul>
      <Button type="submit">Apply mapping and check again</Button>
    </form>
  );
}
