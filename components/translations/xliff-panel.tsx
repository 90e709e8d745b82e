"use client";

import { startTransition, useActionState, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button, buttonClassName } from "@/components/ui/button";
import { MessageText } from "@/components/ui/message-text";
import { importXliffAction, type XliffImportState } from "@/lib/translations/actions";
import type { Language } from "@/lib/translations/languages";

/**
 * Working with a translation agency: download the texts as XLIFF 2.0 (all,
 * or only the missing and outdated ones) and upload the translated file.
 * An upload is checked first and its summary shown; importing it is a second
 * step, all or nothing.
 */
export function XliffPanel({ language, languageLabel, canImport, open }: { language: Language; languageLabel: string; canImport: boolean; open: number }) {
  const t = useTranslations("translations.xliff");
  const [state, action, pending] = useActionState<XliffImportState, FormData>(importXliffAction, {});
  const formRef = useRef<HTMLFormElement>(null);
  // React empties the form (the file input too) after the check; the import sends the checked file again from here.
  const fileRef = useRef<File | null>(null);
  const [chosen, setChosen] = useState(false);
  const importChecked = () => {
    if (!fileRef.current) return;
    const data = new FormData();
    data.set("language", language);
    data.set("apply", "1");
    data.set("file", fileRef.current);
    startTransition(() => action(data));
  };
  const plan = state.plan;
  const checked = state.ok && plan && !state.applied;
  const canApply = checked && plan.refused.length === 0 && plan.updates.length > 0;

  return (
    <section aria-labelledby="xliff-heading" className="mb-6 rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="xliff-heading" className="text-base font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <p className="mt-1 max-w-3xl text-sm text-slate-600">{t("description", { language: languageLabel })}</p>
      <div className="mt-3 flex flex-wrap gap-2">
        <a href={`/translations/export?lang=${language}&which=open`} className={buttonClassName({ size: "sm", variant: "primary" })} download>
          {t("downloadOpen", { count: open })}
        </a>
        <a href={`/translations/export?lang=${language}&which=all`} className={buttonClassName({ size: "sm" })} download>
          {t("downloadAll")}
        </a>
      </div>
      {canImport ? (
        <form ref={formRef} action={action} className="mt-4 space-y-3" encType="multipart/form-data">
          <input type="hidden" name="language" value={language} />
          <div>
            <label htmlFor="xliff-file" className="block text-sm font-medium text-slate-800">
              {t("fileLabel", { language: languageLabel })}
            </label>
            <input
              id="xliff-file"
              name="file"
              type="file"
              accept=".xlf,.xliff,application/xliff+xml,application/xml,text/xml"
              onChange={(event) => {
                fileRef.current = event.target.files?.[0] ?? null;
                setChosen(Boolean(fileRef.current));
              }}
              className="mt-1 block text-sm text-slate-800 file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
            />
          </div>
          <div className="flex flex-wrap gap-2">
            <Button type="submit" size="sm" name="apply" value="0" disabled={pending || !chosen}>
              {pending ? t("checking") : t("check")}
            </Button>
            {canApply ? (
              <Button type="button" size="sm" variant="primary" onClick={importChecked} disabled={pending}>
                {t("import", { count: plan.updates.length })}
              </Button>
            ) : null}
          </div>
          {state.formError ? (
            <p className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900" role="alert">
              <MessageText text={state.formError} />
            </p>
          ) : null}
          {plan ? (
            <div role="status" className="rounded-md border border-slate-200 bg-slate-50 px-3 py-2 text-sm text-slate-800">
              <p className="font-medium">{state.applied ? t("summary.applied", { file: state.fileName ?? "" }) : t("summary.checked", { file: state.fileName ?? "" })}</p>
              <ul className="mt-1 list-disc pl-5">
                <li>{t("summary.updated", { count: plan.updates.length, outdated: plan.updates.filter((u) => u.outdated).length })}</li>
                <li>{t("summary.unchanged", { count: plan.unchanged })}</li>
                <li>{t("summary.empty", { count: plan.empty })}</li>
                <li>{t("summary.refused", { count: plan.refused.length })}</li>
              </ul>
              {plan.refused.length ? (
                <>
                  <p className="mt-2 font-medium">{t("summary.refusedHeading")}</p>
                  <ul className="mt-1 list-disc pl-5">
                    {plan.refused.slice(0, 50).map((unit) => (
                      <li key={unit.unitId}>
                        <code className="text-xs">{unit.unitId}</code>: <MessageText text={unit.reason} />
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </div>
          ) : null}
        </form>
      ) : null}
    </section>
  );
}
