import type { Metadata } from "next";
import Link from "next/link";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/format";
import { listWebhookEndpoints } from "@/lib/webhooks/queries";
import { SettingsNav } from "@/components/organisation/settings-nav";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { EndpointForm } from "@/components/webhooks/endpoint-form";

export const metadata: Metadata = { title: "Webhooks" };

// The DPO sees where the register's changes are sent (read-only); only owners register or change endpoints.
export default async function WebhooksPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const member = await requireMember("DPO");
  const canManage = hasRole(member.role, "OWNER");
  const [endpoints, { deleted }] = await Promise.all([listWebhookEndpoints(member.organisation.id), searchParams]);
  return (
    <>
      <PageHeader
        title="Webhooks"
        description={`Other systems told about changes to ${member.organisation.legalName}'s register: each event is signed (Standard Webhooks) and retried when the receiver fails.`}
      />
      <SettingsNav current="webhooks" showIntegrations />
      {deleted ? (
        <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">The endpoint was deleted.</p>
      ) : null}
      <div className="space-y-4">
        <Card as="section" aria-labelledby="endpoints-heading">
          <CardHeader titleId="endpoints-heading" title={`Endpoints (${endpoints.length})`} description={canManage ? undefined : "Only owners can register, change or delete endpoints."} />
          {endpoints.length === 0 ? (
            <CardBody>
              <p className="text-sm text-slate-600">No endpoints yet.</p>
            </CardBody>
          ) : (
            <ul className="divide-y divide-slate-100">
              {endpoints.map((endpoint) => (
                <li key={endpoint.id} className="px-4 py-3 text-sm">
                  <div className="flex flex-wrap items-center gap-2">
                    <Link href={`/settings/webhooks/${endpoint.id}`} className="font-medium break-all text-blue-800 underline focus-visible:outline-2 focus-visible:outline-blue-700">
                      {endpoint.url}
                    </Link>
                    <Badge tone={endpoint.enabled ? "green" : "neutral"}>{endpoint.enabled ? "Enabled" : "Disabled"}</Badge>
                  </div>
                  {endpoint.description ? <p className="text-slate-700">{endpoint.description}</p> : null}
                  <p className="text-xs text-slate-600">
                    {endpoint.events.join(", ")} · {endpoint.lastDeliveryAt ? `last attempt ${formatDateTime(endpoint.lastDeliveryAt)}` : "nothing sent yet"}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {canManage ? (
          <Card as="section" aria-labelledby="new-endpoint-heading">
            <CardHeader titleId="new-endpoint-heading" title="Register an endpoint" />
            <CardBody>
              <EndpointForm />
            </CardBody>
          </Card>
        ) : null}
      </div>
    </>
  );
}
