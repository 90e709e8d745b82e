import type { Metadata } from "next";
import Link from "next/link";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { listApiTokens } from "@/lib/api-tokens/queries";
import { CreateTokenForm } from "@/components/api-tokens/create-token-form";
import { TokenList } from "@/components/api-tokens/token-list";
import { SettingsNav } from "@/components/organisation/settings-nav";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "API" };

// Tokens act with their creator's role, so only owners and DPOs make and see them.
export default async function ApiSettingsPage() {
  const member = await requireMember("VIEWER");
  const canManage = hasRole(member.role, "DPO");
  const tokens = canManage ? await listApiTokens(member.organisation.id) : [];
  return (
    <>
      <PageHeader
        title="API"
        description="Tokens let other systems read and change the register through the REST API at /api/v1."
      />
      <SettingsNav current="api" showIntegrations />
      <p className="mb-4 text-sm text-slate-700">
        <Link href="/settings/api/reference" className="font-medium text-blue-800 underline">
          API reference
        </Link>{" "}
        lists every operation, its parameters and its data.
      </p>
      {canManage ? (
        <div className="space-y-4">
          <Card as="section" aria-labelledby="tokens-heading">
            <CardHeader
              titleId="tokens-heading"
              title={`API tokens (${tokens.length})`}
              description="A token acts as the member who made it, with their current role, and only while they are an owner or DPO here. Every change through a token is in the audit log under its name."
            />
            <TokenList tokens={tokens} canManage={canManage} />
          </Card>
          <Card as="section" aria-labelledby="new-token-heading" className="max-w-2xl">
            <CardHeader titleId="new-token-heading" title="New token" description="Give each system its own token with only the permissions it needs." />
            <CardBody>
              <CreateTokenForm />
            </CardBody>
          </Card>
        </div>
      ) : (
        <p className="rounded-md border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700">Only owners and data protection officers create and manage API tokens.</p>
      )}
    </>
  );
}
