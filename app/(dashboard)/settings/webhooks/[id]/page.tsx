import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { getWebhookEndpoint, listWebhookDeliveries } from "@/lib/webhooks/queries";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { DeliveriesTable } from "@/components/webhooks/deliveries-table";
import { EndpointControls } from "@/components/webhooks/endpoint-controls";
import { EndpointForm } from "@/components/webhooks/endpoint-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("webhooks.endpoint");
  return { title: t("title") };
}

export default async function WebhookEndpointPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const member = await requireMember("DPO");
  const endpoint = await getWebhookEndpoint(member.organisation.id, id);
  if (!endpoint) notFound();
  const canManage = hasRole(member.role, "OWNER");
  const [deliveries, t, page] = await Promise.all([listWebhookDeliveries(member.organisation.id, id), getTranslations("webhooks.endpoint"), getTranslations("webhooks.page")]);
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/settings/webhooks" className="hover:underline">{page("title")}</Link>}
        title={endpoint.description || t("title")}
        description={endpoint.url}
        meta={<Badge tone={endpoint.enabled ? "green" : "neutral"}>{endpoint.enabled ? page("enabled") : page("disabled")}</Badge>}
      />
      <div className="space-y-4">
        {canManage ? (
          <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
            <Card as="section" aria-labelledby="endpoint-edit-heading">
              <CardHeader titleId="endpoint-edit-heading" title={t("endpoint")} />
              <CardBody>
                <EndpointForm key={endpoint.version} initial={{ id: endpoint.id, version: endpoint.version, url: endpoint.url, description: endpoint.description, events: endpoint.events, enabled: endpoint.enabled }} />
              </CardBody>
            </Card>
            <Card as="section" aria-labelledby="endpoint-controls-heading">
              <CardHeader titleId="endpoint-controls-heading" title={t("testAndSecret")} />
              <CardBody>
                <EndpointControls endpointId={endpoint.id} />
              </CardBody>
            </Card>
          </div>
        ) : (
          <p className="text-sm text-slate-700">{t("readOnly", { events: endpoint.events.join(", ") })}</p>
        )}
        <Card as="section" aria-labelledby="deliveries-heading">
          <CardHeader titleId="deliveries-heading" title={t("log")} description={t("logDescription")} />
          <DeliveriesTable deliveries={deliveries} />
        </Card>
      </div>
    </>
  );
}
