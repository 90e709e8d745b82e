import type { Metadata } from "next";
import { requireMember } from "@/lib/auth/guard";
import { listActivities } from "@/lib/activities/queries";
import { DUE_SOON_DAYS } from "@/lib/format";
import { describeActivityListFilter, parseActivityListFilter } from "@/lib/activities/list-filter";
import { parseDataTableUrlState } from "@/components/data-table/url-state";
import { ActivitiesTable } from "@/components/activities/activities-table";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Processing activities" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ActivitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { organisation } = await requireMember();
  const params = await searchParams;
  const filter = parseActivityListFilter(params);
  const activities = await listActivities(organisation.id, filter);

  return (
    <>
      <PageHeader
        title="Processing activities"
        description="Every processing activity of the organisation, as Art. 30(1) GDPR requires them to be recorded. Open one to see its full record."
      />
      <ActivitiesTable
        key={`${filter.status ?? ""}:${filter.review ?? ""}`}
        activities={activities}
        urlState={parseDataTableUrlState(params)}
        filterDescription={describeActivityListFilter(filter, DUE_SOON_DAYS)}
      />
    </>
  );
}
