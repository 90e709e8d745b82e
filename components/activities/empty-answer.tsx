import { useTranslations } from "next-intl";
import { NotRecorded } from "@/components/ui/not-recorded";

/**
 * What an empty list of the record says, in the register's words
 * (lib/register/lines.ts): "None" where none was recorded as the answer
 * (shown as an answer), "Not recorded" where nothing was (shown as a gap).
 */
export function EmptyAnswer({ none }: { none: boolean }) {
  const t = useTranslations("activityRecord");
  return none ? <span className="text-sm text-slate-800">{t("none")}</span> : <NotRecorded />;
}
