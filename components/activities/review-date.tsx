import { useTranslations } from "next-intl";
import { daysUntil, DUE_SOON_DAYS, formatDate } from "@/lib/format";
import { NotRecorded } from "@/components/ui/not-recorded";

/** A review date, flagged when it has passed or falls due soon. */
export function ReviewDate({ date, now, dueSoonDays = DUE_SOON_DAYS }: { date: Date | null; now?: Date; dueSoonDays?: number }) {
  const t = useTranslations("activityRecord.reviewDate");
  if (!date) return <NotRecorded>{t("notSet")}</NotRecorded>;
  const days = daysUntil(date, now);
  const text = formatDate(date);
  if (days < 0) {
    return (
      <span className="inline-flex flex-col leading-tight">
        <span className="font-medium whitespace-nowrap text-red-700">{text}</span>
        <span className="text-xs text-red-700">{t("overdue")}</span>
      </span>
    );
  }
  if (days <= dueSoonDays) {
    return (
      <span className="inline-flex flex-col leading-tight">
        <span className="whitespace-nowrap text-amber-800">{text}</span>
        <span className="text-xs whitespace-nowrap text-amber-800">{days === 0 ? t("dueToday") : t("dueIn", { days })}</span>
      </span>
    );
  }
  return <span className="whitespace-nowrap">{text}</span>;
}
