import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { listUploads } from "@/lib/import/store";
import { UploadForm } from "@/components/import/upload-form";
import { WaitingUploads } from "@/components/import/waiting-uploads";
import { buttonClassName } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("registerImport.page");
  return { title: t("title") };
}

const count = (value: string | string[] | undefined) => {
  const number = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(number) && number >= 0 ? number : null;
};

export default async function ImportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMember("EDITOR");
  const params = await searchParams;
  const imported = count(params.activities);
  const entries = count(params.entries);
  const [waiting, t] = await Promise.all([listUploads({ organisationId: member.organisation.id, userId: member.user.id }), getTranslations("registerImport.page")]);
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/register" className="hover:underline">
            {t("eyebrow")}
          </Link>
        }
        title={t("heading")}
        description={t("description")}
      />
      <div className="space-y-4">
        {imported !== null ? (
          <div role="status">
            <Callout title={params.restored ? t("restored") : t("complete")}>
              <p>{t("result", { activities: imported, entries: entries ?? 0 })}</p>
              <p className="mt-2">
                <Link href="/activities" className={buttonClassName({ size: "sm" })}>
                  {t("viewActivities")}
                </Link>
              </p>
            </Callout>
          </div>
        ) : null}
        <Card>
          <CardHeader title={t("uploadTitle")} description={t("uploadDescription")} />
          <CardBody className="py-5">
            <UploadForm canRestore={hasRole(member.role, "DPO")} />
          </CardBody>
        </Card>
        {waiting.length ? (
          <Card>
            <CardHeader title={t("waitingTitle")} description={t("waitingDescription")} />
            <CardBody className="py-3">
              <WaitingUploads uploads={waiting} />
            </CardBody>
          </Card>
        ) : null}
        <Card>
          <CardHeader title={t("readTitle")} />
          <CardBody className="space-y-2 text-sm text-slate-700">
            <p>
              <span className="font-medium text-slate-900">{t("readSpreadsheetTitle")}</span> {t("readSpreadsheet")}
            </p>
            <p>
              <span className="font-medium text-slate-900">{t("readJsonTitle")}</span> {t("readJson")}
            </p>
          </CardBody>
        </Card>
      </div>
    </>
  );
}
