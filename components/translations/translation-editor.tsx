"use client";

import { useId, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { Textarea } from "@/components/catalogues/form-parts";
import { Button } from "@/components/ui/button";
import { MessageText } from "@/components/ui/message-text";
import { saveTranslationAction, setVerbatimAction } from "@/lib/translations/actions";
import type { Language } from "@/lib/translations/languages";
import type { TranslationRow } from "@/lib/translations/overview";

/**
 * Editing one translation in place. What the editor started from goes with
 * the save (`base`), so a translation someone else saved meanwhile is a
 * conflict: theirs is shown beside what was typed, which stays in the box.
 */
export function TranslationEditor({ row, language, languageLabel }: { row: TranslationRow; language: Language; languageLabel: string }) {
  const t = useTranslations("translations.editor");
  const router = useRouter();
  const id = useId();
  const [value, setValue] = useState(row.translation);
  const [base, setBase] = useState(row.translation);
  const [error, setError] = useState<string | null>(null);
  const [theirs, setTheirs] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  const ref = { entity: row.entity, id: row.id, field: row.field };

  const run = (work: () => Promise<{ ok: boolean; formError?: string; current?: string }>) =>
    startTransition(async () => {
      setSaved(false);
      const result = await work();
      if (result.ok) {
        setError(null);
        setTheirs(null);
        setSaved(true);
        router.refresh();
        return;
      }
      setError(result.formError ?? t("failed"));
      if (result.current !== undefined) setTheirs(result.current);
    });

  const save = (text: string) => run(() => saveTranslationAction({ ...ref, language, value: text, base }));
  const changed = value.trim() !== row.translation.trim();
  const errorId = `${id}-error`;

  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="sr-only">
        {t("label", { language: languageLabel, text: row.description })}
      </label>
      <Textarea
        id={id}
        lang={language}
        rows={Math.min(6, Math.max(2, Math.ceil(row.source.length / 60)))}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        maxLength={20_000}
      />
      {error ? (
        <div id={errorId} className="rounded-md border border-red-200 bg-red-50 px-2 py-1.5 text-sm text-red-900">
          <p>
            <MessageText text={error} />
          </p>
          {theirs !== null ? (
            <div className="mt-1">
              <p className="font-medium">{t("theirs")}</p>
              <p lang={language} className="whitespace-pre-wrap">
                {theirs || t("theirsEmpty")}
              </p>
              <div className="mt-1 flex flex-wrap gap-2">
                <Button type="button" size="sm" onClick={() => (setBase(theirs), save(value))} disabled={pending}>
                  {t("keepMine")}
                </Button>
                <Button type="button" size="sm" variant="ghost" onClick={() => (setBase(theirs), setValue(theirs), setError(null), setTheirs(null))} disabled={pending}>
                  {t("takeTheirs")}
                </Button>
              </div>
            </div>
          ) : null}
        </div>
      ) : null}
      <div className="flex flex-wrap items-center gap-2">
        <Button type="button" size="sm" variant="primary" onClick={() => save(value)} disabled={pending || !changed}>
          {pending ? t("saving") : t("save")}
        </Button>
        {row.state === "outdated" && !changed ? (
          <Button type="button" size="sm" onClick={() => save(row.translation)} disabled={pending}>
            {t("confirm")}
          </Button>
        ) : null}
        {row.kind === "text" && !row.translation ? (
          <Button type="button" size="sm" variant="ghost" onClick={() => run(() => setVerbatimAction({ ...ref, verbatim: row.state !== "verbatim" }))} disabled={pending}>
            {row.state === "verbatim" ? t("translateAfterAll") : t("keepAsWritten")}
          </Button>
        ) : null}
        {saved ? (
          <span role="status" className="text-xs text-emerald-800">
            {t("saved")}
          </span>
        ) : null}
      </div>
    </div>
  );
}
