import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { buttonClassName } from "@/components/ui/button";
import { StatusMessage } from "@/components/ui/status-message";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("errors.unauthorized"))("metaTitle") };
}

// What a server action answers when the session has ended (lib/auth/guard.ts).
export default async function Unauthorized() {
  const t = await getTranslations("errors");
  return (
    <main className="px-4">
      <StatusMessage
        code="401"
        title={t("unauthorized.title")}
        actions={
          <Link href="/login" className={buttonClassName({ variant: "primary" })}>
            {t("signInAgain")}
          </Link>
        }
      >
        <p>{t("unauthorized.body")}</p>
      </StatusMessage>
    </main>
  );
}
