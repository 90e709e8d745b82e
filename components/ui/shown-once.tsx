"use client";

import { useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/**
 * A secret shown once after it was made (an invitation link, an API token, a
 * webhook signing secret): read-only, selected on focus, with a copy button
 * and a keyboard fallback where the clipboard is not allowed.
 */
export function ShownOnce({ id, label, noun, value, title, children }: { id: string; label: string; noun: string; value: string; title: ReactNode; children: ReactNode }) {
  const t = useTranslations("ui.shownOnce");
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-950">
      <p className="font-medium">{title}</p>
      <p className="mt-0.5">{children}</p>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row">
        <label htmlFor={id} className="sr-only">
          {label}
        </label>
        <Input id={id} readOnly value={value} onFocus={(event) => event.currentTarget.select()} className="font-mono text-xs" />
        <Button onClick={copy} variant="primary" className="shrink-0">
          {copied === "yes" ? t("copied") : t("copy", { noun })}
        </Button>
      </div>
      {copied === "failed" ? <p className="mt-1 text-xs">{t("copyFailed", { noun })}</p> : null}
    </div>
  );
}
