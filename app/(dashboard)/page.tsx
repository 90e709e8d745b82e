import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { getDashboardSummary } from "@/lib/dashboard/queries";
import { dpaState, dpaStateTones } from "@/lib/recipients/dpa";
import { DUE_SOON_DAYS, formatDate } from "@/lib/format";
import { StatCard } from "@/components/dashboard/stat-card";
import { ReviewList } from "@/components/dashboard/review-list";
import { Card, CardHeader } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { getOrganisationCompleteness } from "@/lib/register/queries";
import { CompletenessSummary } from "@/components/register/completeness-summary";
import { listPolicyDrift } from "@/lib/policies/drift-queries";
import { DriftCard } from "@/components/policies/drift-card";
import { getAuditChainStatus } from "@/lib/audit-chain/status";
import { auditTrailView } from "@/lib/dashboard/audit-trail";
import { AuditTrailStatus } from "@/components/dashboard/audit-trail-status";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  const { organisation } = await requireMember();
  const now = new Date();
  const [summary, policyDrift, auditChain, completeness] = await Promise.all([
    getDashboardSummary(organisation.id, now),
    listPolicyDrift(organisation.id),
    getAuditChainStatus(organisation.id, now),
    getOrganisationCompleteness(organisation.id, now),
  ]);
  const { activities, processors, reviews } = summary;
  const t = await getTranslations("dashboard");
  const label = await getTranslations("labels");
  const days = DUE_SOON_DAYS;

  return (
    <>
      <PageHeader title={t("title")} description={t("description", { organisation: organisation.legalName })} />

      <div className="mb-4">
        <AuditTrailStatus view={auditTrailView(auditChain)} />
      </div>

      <div className="grid gap-4 md:grid-cols-3">
        <StatCard
          title={t("activities.title")}
          value={activities.total}
          href="/activities"
          hrefLabel={t("activities.all")}
          lines={[
            { label: t("activities.active"), value: activities.ACTIVE, href: "/activities?status=ACTIVE" },
            { label: t("activities.draft"), value: activities.DRAFT, href: "/activities?status=DRAFT" },
            { label: t("activities.retired"), value: activities.RETIRED, href: "/activities?status=RETIRED" },
          ]}
        />
        <StatCard
          title={t("reviews.title")}
          value={reviews.overdue + reviews.dueSoon}
          href="/activities?review=overdue"
          hrefLabel={t("reviews.overdueLink")}
          lines={[
            { label: t("reviews.overdue"), value: reviews.overdue, href: "/activities?review=overdue", tone: "danger" },
            { label: t("reviews.dueSoon", { days }), value: reviews.dueSoon, href: "/activities?review=due-soon", tone: "warning" },
          ]}
          footnote={t("reviews.footnote")}
        />
        <StatCard
          title={t("processors.title")}
          value={processors.total}
          href="/recipients"
          hrefLabel={t("processors.link")}
          lines={[
            { label: t("processors.dpaMissing"), value: processors.dpaMissing, href: "/recipients?dpa=attention", tone: "danger" },
            { label: t("processors.dpaReviewDue", { days }), value: processors.dpaReviewDue, href: "/recipients?dpa=attention", tone: "warning" },
          ]}
          footnote={t("processors.footnote")}
        />
      </div>

      {completeness ? (
        <div className="mt-6">
          <CompletenessSummary completeness={completeness} />
        </div>
      ) : null}

      <div className="mt-6 grid gap-4 lg:grid-cols-2">
        <Card as="section" aria-labelledby="reviews-heading">
          <CardHeader
            titleId="reviews-heading"
            title={t("reviews.title")}
            description={t("reviews.description", { days })}
          />
          {reviews.overdue + reviews.dueSoon === 0 ? (
            <EmptyState title={t("reviews.noneTitle")}>{t("reviews.none", { days })}</EmptyState>
          ) : (
            <>
              <ReviewList
                title={t("reviews.overdue")}
                tone="danger"
                items={summary.overdueReviews}
                total={reviews.overdue}
                href="/activities?review=overdue&sort=nextReviewOn"
                now={now}
                emptyText={t("reviews.noneOverdue")}
              />
              <ReviewList
                title={t("reviews.dueSoon", { days })}
                tone="warning"
                items={summary.upcomingReviews}
                total={reviews.dueSoon}
                href="/activities?review=due-soon&sort=nextReviewOn"
                now={now}
                emptyText={t("reviews.noneDueSoon", { days })}
              />
            </>
          )}
        </Card>

        <Card as="section" aria-labelledby="dpa-heading">
          <CardHeader
            titleId="dpa-heading"
            title={t("dpa.title")}
            description={t("dpa.description")}
          />
          {summary.processorsNeedingAttention.length === 0 ? (
            <EmptyState title={t("dpa.noneTitle")}>{t("dpa.none")}</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {summary.processorsNeedingAttention.map((processor) => {
                const state = dpaState(processor, now, DUE_SOON_DAYS);
                return (
                  <li key={processor.id} className="flex items-center justify-between gap-4 px-4 py-2.5 text-sm">
                    <div className="min-w-0">
                      <p className="truncate font-medium text-slate-900">{processor.name}</p>
                      <p className="text-xs text-slate-500">{label(`recipientKind.${processor.kind}`)}</p>
                    </div>
                    <div className="shrink-0 text-right">
                      <Badge tone={dpaStateTones[state]}>{label(`dpaState.${state}`)}</Badge>
                      {processor.dpaNextReviewOn && state !== "missing" ? (
                        <p className="mt-0.5 text-xs text-slate-500">{formatDate(processor.dpaNextReviewOn)}</p>
                      ) : null}
                    </div>
                  </li>
                );
              })}
            </ul>
          )}
          {processors.dpaMissing + processors.dpaReviewDue > summary.processorsNeedingAttention.length ? (
            <p className="border-t border-slate-100 px-4 py-2 text-sm">
              <Link href="/recipients?dpa=attention" className="text-blue-700 hover:underline">
                {t("seeAll", { total: processors.dpaMissing + processors.dpaReviewDue })}
              </Link>
            </p>
          ) : null}
        </Card>
      </div>

      {policyDrift.length ? (
        <div className="mt-6">
          <DriftCard rows={policyDrift} />
        </div>
      ) : null}
    </>
  );
}
