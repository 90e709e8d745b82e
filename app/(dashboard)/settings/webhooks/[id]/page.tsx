import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { getWebhookEndpoint, listWebhookDeliveries } from "@/lib/webhooks/queries";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { DeliveriesTable } from "@/components/webhooks/deliveries-table";
import { EndpointControls } from "@/components/webhooks/endpoint-controls";
import { EndpointForm } from "@/components/webhooks/endpoint-form";

export const metadata: Metadata = { title: "Webhook endpoint" };

export default async function WebhookEndpointPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const member = await requireMember("DPO");
  const endpoint = await getWebhookEndpoint(member.organisation.id, id);
  if (!endpoint) notFound();
  const canManage = hasRole(member.role, "OWNER");
  const deliveries = await listWebhookDeliveries(member.organisation.id, id);
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/settings/webhooks" className="hover:underline">Webhooks</Link>}
        title={endpoint.description || "Webhook endpoint"}
        description={endpoint.url}
        meta={<Badge tone={endpoint.enabled ? "green" : "neutral"}>{endpoint.enabled ? "Enabled" : "Disabled"}</Badge>}
      />
      <div className="space-y-4">
        {canManage ? (
          <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
            <Card as="section" aria-labelledby="endpoint-edit-heading">
              <CardHeader titleId="endpoint-edit-heading" title="Endpoint" />
              <CardBody>
                <EndpointForm key={endpoint.version} initial={{ id: endpoint.id, version: endpoint.version, url: endpoint.url, description: endpoint.description, events: endpoint.events, enabled: endpoint.enabled }} />
              </CardBody>
            </Card>
            <Card as="section" aria-labelledby="endpoint-controls-heading">
              <CardHeader titleId="endpoint-controls-heading" title="Test and secret" />
              <CardBody>
                <EndpointControls endpointId={endpoint.id} />
              </CardBody>
            </Card>
          </div>
        ) : (
          <p className="text-sm text-slate-700">Events: {endpoint.events.join(", ")}. Only owners can change this endpoint.</p>
        )}
        <Card as="section" aria-labelledby="deliveries-heading">
          <CardHeader titleId="deliveries-heading" title="Delivery log" description="Every attempt, newest first (the latest 50). Failed attempts are retried up to 8 times with growing pauses." />
          <DeliveriesTable deliveries={deliveries} />
        </Card>
      </div>
    </>
  );
}
