"use client";

import { useEffect } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { isDatabaseUnavailableDigest } from "@/lib/forms/database-outage";
import { Button, buttonClassName } from "@/components/ui/button";
import { StatusMessage } from "@/components/ui/status-message";

/**
 * The body of the error pages. Errors from the server arrive with only a
 * digest that matches the server log; the message and stack stay on the
 * server. A digest marked as a database outage gets its own page: nothing is
 * wrong with what the user did, and trying again shortly will work.
 */
export function ErrorView({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("errors");
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  useEffect(() => {
    console.error(error);
  }, [error]);
  const actions = (
    <>
      <Button variant="primary" onClick={() => retry()}>
        {t("tryAgain")}
      </Button>
      <Link href="/" className={buttonClassName()}>
        {t("toDashboard")}
      </Link>
    </>
  );

  if (isDatabaseUnavailableDigest(digest)) {
    return (
      <StatusMessage code={t("unavailable.code")} title={t("unavailable.title")} actions={actions}>
        <p>{t("unavailable.body")}</p>
        <p>{t("unavailable.advice")}</p>
      </StatusMessage>
    );
  }

  return (
    <StatusMessage code={t("failed.code")} title={t("failed.title")} actions={actions}>
      <p>{digest ? t("failed.bodyWithReference") : t("failed.body")}</p>
      {digest ? (
        <p>
          {t.rich("failed.reference", {
            digest,
            code: (chunks) => <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800">{chunks}</code>,
          })}
        </p>
      ) : null}
    </StatusMessage>
  );
}
