import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { listApiTokens } from "@/lib/api-tokens/queries";
import { CreateTokenForm } from "@/components/api-tokens/create-token-form";
import { TokenList } from "@/components/api-tokens/token-list";
import { SettingsNav } from "@/components/organisation/settings-nav";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("apiTokens.page");
  return { title: t("title") };
}

// Tokens act with their creator's role, so only owners and DPOs make and see them.
export default async function ApiSettingsPage() {
  const member = await requireMember("VIEWER");
  const canManage = hasRole(member.role, "DPO");
  const [tokens, t] = await Promise.all([canManage ? listApiTokens(member.organisation.id) : Promise.resolve([]), getTranslations("apiTokens.page")]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
      />
      <SettingsNav current="api" showIntegrations />
      <p className="mb-4 text-sm text-slate-700">
        {t.rich("referenceText", {
          link: (chunks) => (
            <Link href="/settings/api/reference" className="font-medium text-blue-800 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
      {canManage ? (
        <div className="space-y-4">
          <Card as="section" aria-labelledby="tokens-heading">
            <CardHeader
              titleId="tokens-heading"
              title={t("tokensTitle", { count: tokens.length })}
              description={t("tokensDescription")}
            />
            <TokenList tokens={tokens} canManage={canManage} />
          </Card>
          <Card as="section" aria-labelledby="new-token-heading" className="max-w-2xl">
            <CardHeader titleId="new-token-heading" title={t("newTitle")} description={t("newDescription")} />
            <CardBody>
              <CreateTokenForm />
            </CardBody>
          </Card>
        </div>
      ) : (
        <p className="rounded-md border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700">{t("ownersOnly")}</p>
      )}
    </>
  );
}
