import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClassName } from "@/components/ui/button";
import { StatusMessage } from "@/components/ui/status-message";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("errors.forbidden"))("metaTitle") };
}

export default async function Forbidden() {
  const t = await getTranslations("errors");
  return (
    <main className="px-4">
      <StatusMessage
        code="403"
        title={t("forbidden.title")}
        actions={
          <Link href="/" className={buttonClassName({ variant: "primary" })}>
            {t("toDashboard")}
          </Link>
        }
      >
        <p>{t("forbidden.body")}</p>
      </StatusMessage>
    </main>
  );
}
