import type { Metadata } from "next";
import Link from "next/link";
import { requireMember } from "@/lib/auth/guard";
import { getDashboardSummary } from "@/lib/dashboard/queries";
import { dpaState, dpaStateLabels, dpaStateTones } from "@/lib/recipients/dpa";
import { DUE_SOON_DAYS, formatDate } from "@/lib/format";
import { recipientKindLabels } from "@/lib/labels";
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

export const metadata: Metadata = { title: "Dashboard" };

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

  return (
    <>
      <PageHeader title="Dashboard" description={`The record of processing activities (Art. 30 GDPR) of ${organisation.legalName} at a glance.`} />

      <div className="mb-4">
        <AuditTrailStatus view={auditTrailView(auditChain)} />
      </div>

      <div className="grid gap-4 md:grid-cols-3">
        <StatCard
          title="Processing activities"
          value={activities.total}
          href="/activities"
          hrefLabel="All activities"
          lines={[
            { label: "Active", value: activities.ACTIVE, href: "/activities?status=ACTIVE" },
            { label: "Draft", value: activities.DRAFT, href: "/activities?status=DRAFT" },
            { label: "Retired", value: activities.RETIRED, href: "/activities?status=RETIRED" },
          ]}
        />
        <StatCard
          title="Reviews"
          value={reviews.overdue + reviews.dueSoon}
          href="/activities?review=overdue"
          hrefLabel="Overdue reviews"
          lines={[
            { label: "Overdue", value: reviews.overdue, href: "/activities?review=overdue", tone: "danger" },
            { label: `Due in the next ${DUE_SOON_DAYS} days`, value: reviews.dueSoon, href: "/activities?review=due-soon", tone: "warning" },
          ]}
          footnote="Draft and active activities with a next review date."
        />
        <StatCard
          title="Processors"
          value={processors.total}
          href="/recipients"
          hrefLabel="Recipients & processors"
          lines={[
            { label: "DPA missing", value: processors.dpaMissing, href: "/recipients?dpa=attention", tone: "danger" },
            { label: `DPA review due within ${DUE_SOON_DAYS} days`, value: processors.dpaReviewDue, href: "/recipients?dpa=attention", tone: "warning" },
          ]}
          footnote="Processors and sub-processors (Art. 28)."
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
            title="Reviews"
            description={`Draft and active activities whose next review date has passed or falls in the next ${DUE_SOON_DAYS} days.`}
          />
          {reviews.overdue + reviews.dueSoon === 0 ? (
            <EmptyState title="No reviews due">No draft or active activity is due for review in the next {DUE_SOON_DAYS} days.</EmptyState>
          ) : (
            <>
              <ReviewList
                title="Overdue"
                tone="danger"
                items={summary.overdueReviews}
                total={reviews.overdue}
                href="/activities?review=overdue&sort=nextReviewOn"
                now={now}
                emptyText="No review is overdue."
              />
              <ReviewList
                title={`Due in the next ${DUE_SOON_DAYS} days`}
                tone="warning"
                items={summary.upcomingReviews}
                total={reviews.dueSoon}
                href="/activities?review=due-soon&sort=nextReviewOn"
                now={now}
                emptyText={`Nothing falls due in the next ${DUE_SOON_DAYS} days.`}
              />
            </>
          )}
        </Card>

        <Card as="section" aria-labelledby="dpa-heading">
          <CardHeader
            titleId="dpa-heading"
            title="Processor agreements to check"
            description="Art. 28(3): processors whose DPA is missing, or in place and due for review."
          />
          {summary.processorsNeedingAttention.length === 0 ? (
            <EmptyState title="All processor agreements in order">No processor’s DPA is missing, and none is due for review.</EmptyState>
          ) : (
            <ul className="divide-y divide-slate-100">
              {summary.processorsNeedingAttention.map((processor) => {
                const state = dpaState(processor, now, DUE_SOON_DAYS);
                return (
                  <li key={processor.id} className="flex items-center justify-between gap-4 px-4 py-2.5 text-sm">
                    <div className="min-w-0">
                      <p className="truncate font-medium text-slate-900">{processor.name}</p>
                      <p className="text-xs text-slate-500">{recipientKindLabels[processor.kind]}</p>
                    </div>
                    <div className="shrink-0 text-right">
                      <Badge tone={dpaStateTones[state]}>{dpaStateLabels[state]}</Badge>
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
                See all {processors.dpaMissing + processors.dpaReviewDue}
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
