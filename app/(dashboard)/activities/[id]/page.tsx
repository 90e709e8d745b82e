import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { getActivity, getReviewIntervalMonths } from "@/lib/activities/queries";
import { getOrganisationProfile } from "@/lib/organisation/queries";
import { getActivityCompleteness } from "@/lib/register/queries";
import { ART30_ITEMS, recordSectionHeadings, type RecordSectionHeading, type RecordSectionId } from "@/lib/register/art30-items";
import { CompletenessPanel } from "@/components/register/completeness-panel";
import { ActivityRecordActions } from "@/components/activities/activity-record-actions";
import { ActivityStatusBadge } from "@/components/activities/activity-status-badge";
import { MarkReviewedButton } from "@/components/activities/mark-reviewed-button";
import { RecordTabs } from "@/components/records/record-tabs";
import { ResponsiblePartiesSection, RecipientsSection } from "@/components/activities/record-parties";
import { DataSection, PurposesSection, RetentionSection } from "@/components/activities/record-data";
import { TransfersSection } from "@/components/activities/record-transfers";
import { SecuritySection } from "@/components/activities/record-security";
import { DETAIL_SECTIONS, RecordDetails } from "@/components/activities/record-details";
import { RecordSection } from "@/components/activities/record-section";
import { Badge } from "@/components/ui/badge";
import { Callout } from "@/components/ui/callout";
import { NotRecorded } from "@/components/ui/not-recorded";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { organisation } = await requireMember();
  const activity = await getActivity(organisation.id, (await params).id);
  return { title: activity ? `${activity.reference} ${activity.name}` : (await getTranslations("errors.recordNotFound"))("title") };
}

export default async function ActivityPage({ params, searchParams }: Props) {
  const { organisation, role } = await requireMember();
  const { id } = await params;
  const saved = (await searchParams).saved === "1";
  const [activity, profile, reviewIntervalMonths, completeness] = await Promise.all([
    getActivity(organisation.id, id),
    getOrganisationProfile(organisation.id),
    getReviewIntervalMonths(organisation.id),
    getActivityCompleteness(organisation.id, id),
  ]);
  if (!activity || !profile) notFound();
  const canEdit = hasRole(role, "EDITOR");
  const t = await getTranslations("activities");
  const record = await getTranslations("activityRecord");
  const labels = await getTranslations("labels");

  // Art. 30(2): processing done on behalf of a controller has its own, shorter
  // record; the order and headings of either record come from the one table.
  const isProcessor = activity.role === "PROCESSOR";
  const bodies: Record<RecordSectionId, ReactNode> = {
    responsible: <ResponsiblePartiesSection activity={activity} organisation={profile} />,
    purposes: <PurposesSection activity={activity} />,
    data: <DataSection activity={activity} />,
    recipients: <RecipientsSection activity={activity} />,
    transfers: <TransfersSection activity={activity} />,
    retention: <RetentionSection activity={activity} />,
    security: <SecuritySection activity={activity} />,
  };
  // The headings in the reader's language; a processor's record also shows,
  // unlettered, the controller's items Art. 30(2) does not ask for.
  const heading = (section: RecordSectionHeading) => {
    if (section.letter) {
      const register = isProcessor ? "processor" : "controller";
      return {
        title: record(`art30.${register}.${section.section as "responsible" | "purposes" | "transfers" | "security"}`),
        citation: record("art30.citation", { paragraph: isProcessor ? 2 : 1, letter: section.letter }),
      };
    }
    const letter = ART30_ITEMS.controller.find((item) => item.section === section.section)?.letter ?? "";
    return {
      title: record(`art30.controller.${section.section}`),
      citation: record("art30.notRequired", { citation: record("art30.citation", { paragraph: 1, letter }) }),
    };
  };
  const sections = recordSectionHeadings(isProcessor ? "processor" : "controller").map((section) => ({ ...section, ...heading(section) }));
  const toc = [
    ...sections.map((s) => ({ id: s.section, label: s.letter ? `(${s.letter}) ${s.title}` : s.title })),
    ...DETAIL_SECTIONS.map(({ id, key }) => ({ id, label: record(`details.${key}.title`) })),
  ];

  return (
    <>
      <PageHeader
        eyebrow={
          <nav aria-label={t("breadcrumbLabel")}>
            <ol className="flex items-center gap-1.5">
              <li>
                <Link href="/activities" className="hover:text-slate-900 hover:underline">
                  {t("breadcrumb")}
                </Link>
              </li>
              <li aria-hidden="true">/</li>
              <li aria-current="page" className="font-mono text-xs">
                {activity.reference}
              </li>
            </ol>
          </nav>
        }
        title={activity.name}
        meta={
          <>
            <ActivityStatusBadge status={activity.status} />
            <Badge tone="blue">{labels(`processingRole.${activity.role}`)}</Badge>
            {activity.department ? <Badge>{activity.department}</Badge> : null}
            <span className="text-xs text-slate-500">{t("detail.version", { version: activity.version })}</span>
          </>
        }
        description={activity.description || <NotRecorded>{t("detail.noDescription")}</NotRecorded>}
      >
        {canEdit && activity.status !== "RETIRED" ? (
          <MarkReviewedButton activityId={activity.id} version={activity.version} reviewIntervalMonths={reviewIntervalMonths} />
        ) : null}
        {canEdit ? <ActivityRecordActions id={activity.id} version={activity.version} reference={activity.reference} status={activity.status} /> : null}
      </PageHeader>

      <RecordTabs basePath={`/activities/${activity.id}`} current="details" />

      {saved ? (
        <p role="status" className="mb-4 rounded-md border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
          {t("detail.saved", { version: activity.version })}
        </p>
      ) : null}

      {completeness ? <CompletenessPanel completeness={completeness} canEdit={canEdit} /> : null}

      {isProcessor ? (
        <div className="mb-4">
          <Callout tone="info" title={t("detail.processorTitle")}>
            {t("detail.processorBody")}
          </Callout>
        </div>
      ) : null}

      <div className="xl:grid xl:grid-cols-[minmax(0,1fr)_14rem] xl:gap-8">
        <div className="space-y-4">
          {sections.map((section) => (
            <RecordSection key={section.section} id={section.section} letter={section.letter} citation={section.citation} title={section.title}>
              {bodies[section.section]}
            </RecordSection>
          ))}
          <RecordDetails activity={activity} />
        </div>
        <nav aria-label={t("detail.sections")} className="hidden xl:block">
          <div className="sticky top-8">
            <p className="mb-2 text-xs font-semibold tracking-wide text-slate-500 uppercase">{t("detail.onThisPage")}</p>
            <ul className="space-y-1 border-l border-slate-200 text-sm">
              {toc.map((entry) => (
                <li key={entry.id}>
                  <a href={`#${entry.id}`} className="-ml-px block border-l border-transparent py-0.5 pl-3 text-slate-600 hover:border-slate-400 hover:text-slate-900">
                    {entry.label}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </nav>
      </div>
    </>
  );
}
