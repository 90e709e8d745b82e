import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClassName } from "@/components/ui/button";
import { StatusMessage } from "@/components/ui/status-message";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("errors.notFound"))("metaTitle") };
}

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <main className="px-4">
      <StatusMessage
        code="404"
        title={t("notFound.title")}
        actions={
          <Link href="/" className={buttonClassName({ variant: "primary" })}>
            {t("toDashboard")}
          </Link>
        }
      >
        <p>{t("notFound.body")}</p>
      </StatusMessage>
    </main>
  );
}
