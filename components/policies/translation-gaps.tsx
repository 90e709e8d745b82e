"use client";

/**
 * Per language of the policy, the record texts its version would show
 * without a translation (which refuse publishing) or with one made from an
 * earlier text, each with a field to write the translation in place or a
 * button to keep it as written (a proper name).
 */
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import type { LanguagePreview } from "@/lib/policies/preview";
import { keepAsWrittenAction, translateInPlaceAction } from "@/lib/policies/translation-actions";
import { Button } from "@/components/ui/button";
import { fieldClassName } from "@/components/ui/input";
import { MessageText } from "@/components/ui/message-text";

type Gap = LanguagePreview["gaps"][number];

function GapRow({ gap, language, name, canEdit, onSaved }: { gap: Gap; language: string; name: string; canEdit: boolean; onSaved: () => void }) {
  const t = useTranslations("policyLanguages.gaps");
  const [value, setValue] = useState(gap.translation);
  const [message, setMessage] = useState<string>();
  const [pending, start] = useTransition();
  const id = `translate-${encodeURIComponent(gap.key)}`;
  const run = (action: () => Promise<{ ok: boolean; message?: string }>) =>
    start(async () => {
      const result = await action();
      if (result.ok) {
        setMessage(undefined);
        onSaved();
      } else setMessage(result.message);
    });
  return (
    <li className="py-2">
      <label htmlFor={id} className="block text-sm text-slate-800">
        {t(gap.state, { language: name })} <q className="font-medium">{gap.source}</q>
        <span className="block text-xs text-slate-500">{t("shownIn", { heading: gap.heading })}</span>
      </label>
      <textarea
        id={id}
        lang={language}
        rows={2}
        maxLength={20_000}
        readOnly={!canEdit}
        value={value}
        onChange={(event) => setValue(event.target.value)}
        aria-describedby={message ? `${id}-error` : undefined}
        aria-invalid={message ? true : undefined}
        className={`${fieldClassName} mt-1 py-1.5 text-sm`}
      />
      {message ? (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700">
          <MessageText text={message} />
        </p>
      ) : null}
      {canEdit ? (
        <div className="mt-1 flex flex-wrap gap-2">
          <Button
            type="button"
            size="sm"
            variant="primary"
            disabled={pending || !value.trim()}
            onClick={() => run(() => translateInPlaceAction({ entity: gap.entity, id: gap.id, field: gap.field, language, value, base: gap.translation }))}
          >
            {t("save", { language: name })}
          </Button>
          {gap.state === "missing" ? (
            <Button type="button" size="sm" disabled={pending} onClick={() => run(() => keepAsWrittenAction({ entity: gap.entity, id: gap.id, field: gap.field }))}>
              {t("keep")}
            </Button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}

export function TranslationGaps({ languages, names, canEdit, onSaved }: { languages: LanguagePreview[]; names: Record<string, string>; canEdit: boolean; onSaved: () => void }) {
  const t = useTranslations("policyLanguages.gaps");
  const withGaps = languages.filter((preview) => preview.gaps.length > 0);
  if (withGaps.length === 0) return null;
  return (
    <section aria-labelledby="translation-gaps-heading" className="rounded-lg border border-amber-200 bg-white px-4 py-3 shadow-xs">
      <h2 id="translation-gaps-heading" className="text-sm font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <p className="mt-0.5 text-xs text-slate-600">{t("intro")}</p>
      {withGaps.map((preview) => (
        <section key={preview.language} aria-labelledby={`gaps-${preview.language}`} className="mt-2">
          <h3 id={`gaps-${preview.language}`} className="text-sm font-medium text-slate-900">
            {names[preview.language]} · {t("count", { count: preview.gaps.length })}
          </h3>
          <ul className="divide-y divide-slate-100">
            {preview.gaps.map((gap) => (
              <GapRow key={`${gap.key}:${gap.translation}`} gap={gap} language={preview.language} name={names[preview.language]} canEdit={canEdit} onSaved={onSaved} />
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
