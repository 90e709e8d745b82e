import Link from "next/link";
import { useTranslations } from "next-intl";
import { ReviewDate } from "@/components/activities/review-date";
import { DUE_SOON_DAYS } from "@/lib/format";
import type { ReviewListItem } from "@/lib/dashboard/queries";

/** One group of the dashboard's review card: overdue, or due soon. */
export function ReviewList({
  title,
  tone,
  items,
  total,
  href,
  now,
  emptyText,
}: {
  title: string;
  tone: "danger" | "warning";
  items: ReviewListItem[];
  total: number;
  href: string;
  now: Date;
  emptyText: string;
}) {
  const t = useTranslations("dashboard");
  const headingId = `reviews-${tone}`;
  return (
    <section aria-labelledby={headingId} className="border-t border-slate-100 first-of-type:border-t-0">
      <h3 id={headingId} className="flex items-center justify-between gap-2 bg-slate-50 px-4 py-1.5 text-xs font-semibold text-slate-700">
        <span>
          {title} <span className={`ml-1 tabular-nums ${tone === "danger" && total ? "text-red-700" : "text-slate-500"}`}>({total})</span>
        </span>
        {total > items.length ? (
          <Link href={href} className="font-medium text-blue-700 hover:underline">
            {t("seeAll", { total })}
          </Link>
        ) : null}
      </h3>
      {items.length === 0 ? (
        <p className="px-4 py-2.5 text-sm text-slate-600">{emptyText}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {items.map((activity) => (
            <li key={activity.id} className="flex items-center justify-between gap-4 px-4 py-2.5 text-sm">
              <div className="min-w-0">
                <Link href={`/activities/${activity.id}`} className="font-medium text-blue-700 hover:underline">
                  {activity.name}
                </Link>
                <span className="ml-2 font-mono text-xs text-slate-500">{activity.reference}</span>
                {activity.owner || activity.department ? (
                  <p className="truncate text-xs text-slate-500">{[activity.owner, activity.department].filter(Boolean).join(" · ")}</p>
                ) : null}
              </div>
              <div className="shrink-0 text-right">
                <ReviewDate date={activity.nextReviewOn} now={now} dueSoonDays={DUE_SOON_DAYS} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
