import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/guard";
import { getApiToken, listApiCalls } from "@/lib/api-tokens/queries";
import { CallsTable } from "@/components/api-tokens/calls-table";
import { Card, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "API token calls" };

// Tokens are for owners and DPOs only (see the API settings page), and so is what they did.
export default async function ApiTokenCallsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const member = await requireMember("DPO");
  const token = await getApiToken(member.organisation.id, id);
  if (!token) notFound();
  const calls = await listApiCalls(member.organisation.id, token.id);
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/settings/api" className="hover:underline">API</Link>}
        title={`Calls with “${token.name}”`}
        description={`Token ${token.prefix}…`}
      />
      <Card as="section" aria-labelledby="calls-heading">
        <CardHeader titleId="calls-heading" title="Call log" description="The latest 100 calls made with this token, refused ones included, newest first." />
        <CallsTable calls={calls} />
      </Card>
    </>
  );
}
