import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { getApiToken, listApiCalls } from "@/lib/api-tokens/queries";
import { CallsTable } from "@/components/api-tokens/calls-table";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiTokens.calls");
  return { title: t("title") };
}

// Tokens are for owners and DPOs only (see the API settings page), and so is what they did.
export default async function ApiTokenCallsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const member = await requireMember("DPO");
  const token = await getApiToken(member.organisation.id, id);
  if (!token) notFound();
  const [calls, t, page] = await Promise.all([listApiCalls(member.organisation.id, token.id), getTranslations("apiTokens.calls"), getTranslations("apiTokens.page")]);
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/settings/api" className="hover:underline">{page("title")}</Link>}
        title={t("heading", { name: token.name })}
        description={t("token", { prefix: token.prefix })}
      />
      <Card as="section" aria-labelledby="calls-heading">
        <CardHeader titleId="calls-heading" title={t("logTitle")} description={t("logDescription")} />
        <CallsTable calls={calls} />
      </Card>
    </>
  );
}
