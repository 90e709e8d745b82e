import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { getReviewIntervalMonths, listActivitiesPage, listActivityFilterOptions } from "@/lib/activities/queries";
import { parseActivityListParams } from "@/lib/activities/list-params";
import { getColumnVisibility } from "@/lib/preferences/queries";
import { DUE_SOON_DAYS } from "@/lib/format";
import { ActivitiesTable } from "@/components/activities/activities-table";
import { buttonClassName } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activities.list"))("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function ActivitiesPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { organisation, user, role } = await requireMember();
  const params = parseActivityListParams(await searchParams);
  const [page, filterOptions, columnVisibility, reviewIntervalMonths] = await Promise.all([
    listActivitiesPage(organisation.id, params),
    listActivityFilterOptions(organisation.id),
    getColumnVisibility(user.id, "activities"),
    getReviewIntervalMonths(organisation.id),
  ]);
  const canEdit = hasRole(role, "EDITOR");
  const t = await getTranslations("activities.list");

  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
      >
        {canEdit ? (
          <Link href="/activities/new" className={buttonClassName({ variant: "primary" })}>
            {t("new")}
          </Link>
        ) : null}
      </PageHeader>
      <ActivitiesTable
        rows={page.rows}
        total={page.total}
        params={{ ...params, page: page.page }}
        filterOptions={filterOptions}
        canEdit={canEdit}
        columnVisibility={columnVisibility}
        reviewIntervalMonths={reviewIntervalMonths}
        dueSoonDays={DUE_SOON_DAYS}
      />
    </>
  );
}
