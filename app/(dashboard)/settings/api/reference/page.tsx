import { DocText } from "@/components/api-reference/doc-text";
import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { openApiDocument } from "@/lib/api/openapi";
import { referenceOf, type ReferenceDocument } from "@/lib/api/reference";
import { OperationCard, SchemaCard } from "@/components/api-reference/api-reference";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiReference.page");
  return { title: t("title") };
}

export default async function ApiReferencePage() {
  await requireMember("VIEWER");
  const document = openApiDocument() as unknown as ReferenceDocument;
  const { operations, schemas } = referenceOf(document);
  const t = await getTranslations("apiReference.page");
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/settings/api" className="hover:underline">{t("eyebrow")}</Link>}
        title={t("title")}
        description={t("description", { title: document.info.title, version: document.info.version, base: document.servers?.[0]?.url ?? "/api/v1" })}
      >
        <a href="/api/v1/openapi.json" className="text-sm font-medium text-blue-800 underline">{t("openapi")}</a>
      </PageHeader>
      {document.info.description ? <p className="mb-4 max-w-3xl text-sm text-slate-700"><DocText text={document.info.description} /></p> : null}
      <h2 className="mb-2 text-base font-semibold text-slate-900">{t("operations")}</h2>
      <div className="mb-6 space-y-3">
        {operations.map((operation) => (
          <OperationCard key={`${operation.method} ${operation.path}`} operation={operation} />
        ))}
      </div>
      <h2 className="mb-2 text-base font-semibold text-slate-900">{t("schemas")}</h2>
      <div className="space-y-3">
        {schemas.map((schema) => (
          <SchemaCard key={schema.name} schema={schema} />
        ))}
      </div>
    </>
  );
}
