import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { message } from "@/lib/i18n/message";
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
import { MessageText } from "@/components/ui/message-text";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("registerImport.preview");
  return { title: t("title") };
}

export default async function ImportPreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const member = await requireMember("EDITOR");
  const { id } = await params;
  const upload = await loadUpload(id, { organisationId: member.organisation.id, userId: member.user.id });
  if (!upload) notFound();
  const t = await getTranslations("registerImport.preview");
  const organisation = member.organisation.legalName;
  const header = (description: string) => (
    <PageHeader
      eyebrow={
        <Link href="/register/import" className="hover:underline">
          {t("eyebrow")}
        </Link>
      }
      title={t("heading", { name: upload.fileName })}
      description={description}
    />
  );

  if (upload.format === "json") {
    const { check, empty } = await previewJsonImport(upload.document, member.organisation.id);
    const blocked = !hasRole(member.role, "DPO")
      ? message("registerImport.errors.restoreDpoOnly")
      : !check.ok
        ? t("blockedProblems")
        : !empty
          ? NOT_EMPTY
          : null;
    return (
      <>
        {header(t("jsonDescription", { organisation }))}
        <div className="space-y-4">
          {!check.ok ? (
            <Callout tone="danger" title={t("cannotImportTitle")}>
              <ul className="list-disc pl-5">
                {check.problems.map((problem) => (
                  <li key={problem}>
                    <MessageText text={problem} />
                  </li>
                ))}
              </ul>
            </Callout>
          ) : (
            <Card>
              <CardHeader title={t("contentsTitle")} />
              <CardBody>
                <JsonSummaryView summary={check.summary} />
                {check.summary.filtered ? (
                  <div className="mt-3">
                    <Callout tone="warning">{t("filtered")}</Callout>
                  </div>
                ) : null}
              </CardBody>
            </Card>
          )}
          <Card>
            <CardHeader title={t("confirmTitle")} description={t("jsonConfirmDescription")} />
            <CardBody>
              <ConfirmForm uploadId={upload.id} blocked={blocked} missingCount={0} label={t("restore")} />
            </CardBody>
          </Card>
        </div>
      </>
    );
  }

  const preview = await previewSpreadsheet(upload, member.organisation.id);
  const ready = preview.rows.length - preview.errorRows;
  const blocked = preview.mappingErrors[0] ?? (preview.errorRows ? t("blockedRows", { count: preview.errorRows }) : null);
  return (
    <>
      {header(t("description", { organisation }))}
      <div className="space-y-4">
        <div role="status" className="flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700">
          <span>{t("activitiesInFile", { count: preview.rows.length })}</span>
          <span>{t("rowsReady", { count: ready })}</span>
          <span className={preview.errorRows ? "font-medium text-red-800" : undefined}>{t("rowsWithErrors", { count: preview.errorRows })}</span>
          <span>{t("entriesToCreate", { count: preview.missing.length })}</span>
        </div>
        {preview.mappingErrors.length ? (
          <Callout tone="danger" title={t("mappingTitle")}>
            <ul className="list-disc pl-5">
              {preview.mappingErrors.map((problem) => (
                <li key={problem}>
                  <MessageText text={problem} />
                </li>
              ))}
            </ul>
          </Callout>
        ) : null}
        {preview.rows.length ? (
          <Card>
            <CardHeader title={t("rowsTitle")} description={preview.errorRows ? t("rowsErrorsFirst") : t("rowsAllReady")} />
            <CardBody>
              <PreviewRows preview={preview} />
            </CardBody>
          </Card>
        ) : null}
        {preview.missing.length ? (
          <Card>
            <CardHeader title={t("missingTitle")} description={t("missingDescription")} />
            <CardBody>
              <MissingEntries missing={preview.missing} />
            </CardBody>
          </Card>
        ) : null}
        <Card>
          <CardHeader title={t("columnsTitle")} description={t("columnsDescription", { row: upload.headerRow + 1 })} />
          <CardBody>
            <MappingForm uploadId={upload.id} headers={upload.table[upload.headerRow]} mapping={upload.mapping} />
          </CardBody>
        </Card>
        <Card>
          <CardHeader title={t("confirmTitle")} description={t("confirmDescription")} />
          <CardBody>
            <ConfirmForm uploadId={upload.id} blocked={blocked} missingCount={preview.missing.length} label={t("import", { count: ready })} />
          </CardBody>
        </Card>
      </div>
    </>
  );
}
