import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClassName } from "@/components/ui/button";
import { StatusMessage } from "@/components/ui/status-message";

// Inside the shell, so the navigation stays at hand. The same answer for a
// record that does not exist and one of another organisation: nothing leaks.
export default async function DashboardNotFound() {
  const t = await getTranslations("errors");
  return (
    <StatusMessage
      code="404"
      title={t("recordNotFound.title")}
      actions={
        <>
          <Link href="/activities" className={buttonClassName({ variant: "primary" })}>
            {t("recordNotFound.allActivities")}
          </Link>
          <Link href="/" className={buttonClassName()}>
            {t("recordNotFound.dashboard")}
          </Link>
        </>
      }
    >
      <p>{t("recordNotFound.body")}</p>
    </StatusMessage>
  );
}
