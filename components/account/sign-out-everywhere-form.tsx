import { useTranslations } from "next-intl";
import { signOutEverywhereAction } from "@/lib/auth/session-actions";
import { Button } from "@/components/ui/button";

/** Ends every session of the account, this one included: for a lost device or a session cookie that may have been copied. */
export function SignOutEverywhereForm({ activeSessions }: { activeSessions: number }) {
  const t = useTranslations("account.sessions");
  return (
    <form action={signOutEverywhereAction} className="space-y-3">
      <p className="text-sm text-slate-700">{t("count", { count: activeSessions })}</p>
      <Button type="submit">{t("submit")}</Button>
    </form>
  );
}
