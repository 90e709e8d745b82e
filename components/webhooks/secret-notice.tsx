"use client";

import { useTranslations } from "next-intl";
import { ShownOnce } from "@/components/ui/shown-once";

/** The signing secret, shown once after it was made: only the receiver keeps it from here on. */
export function SecretNotice({ secret, title }: { secret: string; title: string }) {
  const t = useTranslations("webhooks.secret");
  return (
    <ShownOnce id="webhook-secret" label={t("label")} noun={t("noun")} value={secret} title={title}>
      {t("text")}
    </ShownOnce>
  );
}
