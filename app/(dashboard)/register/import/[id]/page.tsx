import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { loadUpload } from "@/lib/import/store";
import { previewSpreadsheet } from "@/lib/import/spreadsheet";
import { NOT_EMPTY, previewJsonImport } from "@/lib/import/json-restore";
import { ConfirmForm } from "@/components/import/confirm-form";
import { JsonSummaryView } from "@/components/import/json-summary";
import { MappingForm } from "@/components/import/mapping-form";
import { MissingEntries } from "@/components/import/missing-entries";
import { PreviewRows } from "@/components/import/preview-rows";
import { Callout } from "@/components/ui/callout";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Import preview" };

const plural = (n: number, one: string, many: string) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

export default async function ImportPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireMember("EDITOR");
  const { id } = await params;
  const upload = await loadUpload(id, { organisationId: member.organisation.id, userId: member.user.id });
  if (!upload) notFound();
  const header = (description: string) => (
    <PageHeader
      eyebrow={<Link href="/register/import" className="hover:underline">Import</Link>}
      title={`Preview: ${upload.fileName}`}
      description={description}
    />
  );

  if (upload.format === "json") {
    const { check, empty } = await previewJsonImport(upload.document, member.organisation.id);
    const blocked = !hasRole(member.role, "DPO")
      ? "Only the DPO or the owner can restore a register from JSON."
      : !check.ok
        ? "The file cannot be imported: see the problems above."
        : !empty
          ? NOT_EMPTY
          : null;
    return (
      <>
        {header(`Step 2 of 2: restore this register into ${member.organisation.legalName}. Nothing has been saved yet.`)}
        <div className="space-y-4">
          {!check.ok ? (
            <Callout tone="danger" title="This file cannot be imported">
              <ul className="list-disc pl-5">
                {check.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </Callout>
          ) : (
            <Card>
              <CardHeader title="Contents of the file" />
              <CardBody>
                <JsonSummaryView summary={check.summary} />
                {check.summary.filtered ? (
                  <div className="mt-3">
                    <Callout tone="warning">This export was filtered: it holds only some of the organisation&apos;s activities.</Callout>
                  </div>
                ) : null}
              </CardBody>
            </Card>
          )}
          <Card>
            <CardHeader title="Confirm" description="The organisation's profile and catalogues are replaced by the file's; the short name stays." />
            <CardBody>
              <ConfirmForm uploadId={upload.id} blocked={blocked} missingCount={0} label="Restore the register" />
            </CardBody>
          </Card>
        </div>
      </>
    );
  }

  const preview = await previewSpreadsheet(upload, member.organisation.id);
  const ready = preview.rows.length - preview.errorRows;
  const blocked = preview.mappingErrors[0] ?? (preview.errorRows ? `${plural(preview.errorRows, "row has", "rows have")} errors. Correct them in the file and upload it again: nothing is imported while any row has an error.` : null);
  return (
    <>
      {header(`Step 2 of 2: check what will be imported into ${member.organisation.legalName}. Nothing has been saved yet.`)}
      <div className="space-y-4">
        <div role="status" className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700">
          <span>{plural(preview.rows.length, "activity", "activities")} in the file</span>
          <span>{plural(ready, "row", "rows")} ready</span>
          <span className={preview.errorRows ? "font-medium text-red-800" : undefined}>{plural(preview.errorRows, "row", "rows")} with errors</span>
          <span>{plural(preview.missing.length, "catalogue entry", "catalogue entries")} to create</span>
        </div>
        {preview.mappingErrors.length ? (
          <Callout tone="danger" title="The columns need your attention">
            <ul className="list-disc pl-5">
              {preview.mappingErrors.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </Callout>
        ) : null}
        {preview.rows.length ? (
          <Card>
            <CardHeader title="Rows" description={preview.errorRows ? "Rows with errors are listed first." : "Every row can be imported."} />
            <CardBody>
              <PreviewRows preview={preview} />
            </CardBody>
          </Card>
        ) : null}
        {preview.missing.length ? (
          <Card>
            <CardHeader title="Catalogue entries to create" description="Named in the file but not in your catalogues. They are created only if you confirm below." />
            <CardBody>
              <MissingEntries missing={preview.missing} />
            </CardBody>
          </Card>
        ) : null}
        <Card>
          <CardHeader title="Columns" description={`Header found in row ${upload.headerRow + 1}. Correct the mapping where a column was not recognised.`} />
          <CardBody>
            <MappingForm uploadId={upload.id} headers={upload.table[upload.headerRow]} mapping={upload.mapping} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title="Confirm" description="All rows are imported in one step, or none." />
          <CardBody>
            <ConfirmForm uploadId={upload.id} blocked={blocked} missingCount={preview.missing.length} label={`Import ${plural(ready, "activity", "activities")}`} />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
