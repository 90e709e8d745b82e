import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { formatDateTime } from "@/lib/format";
import { listWebhookEndpoints } from "@/lib/webhooks/queries";
import { SettingsNav } from "@/components/organisation/settings-nav";
import { Badge } from "@/components/ui/badge";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { EndpointForm } from "@/components/webhooks/endpoint-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("webhooks.page");
  return { title: t("title") };
}

// The DPO sees where the register's changes are sent (read-only); only owners register or change endpoints.
export default async function WebhooksPage({ searchParams }: { searchParams: Promise<{ deleted?: string }> }) {
  const member = await requireMember("DPO");
  const canManage = hasRole(member.role, "OWNER");
  const [endpoints, { deleted }, t] = await Promise.all([listWebhookEndpoints(member.organisation.id), searchParams, getTranslations("webhooks.page")]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description", { organisation: member.organisation.legalName })}
      />
      <SettingsNav current="webhooks" showIntegrations />
      {deleted ? (
        <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">{t("deleted")}</p>
      ) : null}
      <div className="space-y-4">
        <Card as="section" aria-labelledby="endpoints-heading">
          <CardHeader titleId="endpoints-heading" title={t("endpoints", { count: endpoints.length })} description={canManage ? undefined : t("ownersOnly")} />
          {endpoints.length === 0 ? (
            <CardBody>
              <p className="text-sm text-slate-600">{t("none")}</p>
            </CardBody>
          ) : (
            <ul className="divide-y divide-slate-100">
              {endpoints.map((endpoint) => (
                <li key={endpoint.id} className="px-4 py-3 text-sm">
                  <div className="flex flex-wrap items-center gap-2">
                    <Link href={`/settings/webhooks/${endpoint.id}`} className="font-medium break-all text-blue-800 underline focus-visible:outline-2 focus-visible:outline-blue-700">
                      {endpoint.url}
                    </Link>
                    <Badge tone={endpoint.enabled ? "green" : "neutral"}>{endpoint.enabled ? t("enabled") : t("disabled")}</Badge>
                  </div>
                  {endpoint.description ? <p className="text-slate-700">{endpoint.description}</p> : null}
                  <p className="text-xs text-slate-600">
                    {endpoint.events.join(", ")} · {endpoint.lastDeliveryAt ? t("lastAttempt", { date: formatDateTime(endpoint.lastDeliveryAt) }) : t("nothingSent")}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {canManage ? (
          <Card as="section" aria-labelledby="new-endpoint-heading">
            <CardHeader titleId="new-endpoint-heading" title={t("register")} />
            <CardBody>
              <EndpointForm />
            </CardBody>
          </Card>
        ) : null}
      </div>
    </>
  );
}
