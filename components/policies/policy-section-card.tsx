"use client";

import { useRef } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { FieldErrors } from "@/lib/forms/action-state";
import type { ActivityChoice } from "@/lib/policies/queries";
import type { PolicySectionSpec } from "@/lib/policies/types";
import type { Language } from "@/lib/translations/languages";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { fieldClassName, Input } from "@/components/ui/input";
import { MessageText } from "@/components/ui/message-text";

export type SectionContext = {
  activities: Map<string, ActivityChoice>;
  /** The organisation's addresses, shown as placeholders of the per-policy overrides. */
  defaults: { privacyContactEmail: string; dpoEmail: string };
  /** The policy's languages other than the organisation's default: each Markdown section is written in them too. */
  translationLanguages: { language: Language; name: string }[];
};

// Decorative: the buttons are named by their aria-label.
const ARROW_UP = "↑";
const ARROW_DOWN = "↓";

type SectionT = ReturnType<typeof useTranslations<"policyEditor.section">>;

/** A short name for the section, for headings and the labels of its buttons. */
function sectionName(spec: PolicySectionSpec, context: SectionContext, t: SectionT): string {
  switch (spec.type) {
    case "controller":
      return t("controller");
    case "rights":
      return t("rights");
    case "markdown":
      return spec.title.trim() || t("untitled");
    case "activity": {
      const activity = context.activities.get(spec.activityId);
      return activity ? t("activityName", { reference: activity.reference, title: activity.publicTitle || activity.name }) : t("activityGone");
    }
  }
}

export function PolicySectionCard({
  spec,
  index,
  count,
  context,
  errors,
  readOnly,
  onChange,
  onMove,
  onRemove,
}: {
  spec: PolicySectionSpec;
  index: number;
  count: number;
  context: SectionContext;
  errors: FieldErrors;
  readOnly: boolean;
  onChange: (spec: PolicySectionSpec) => void;
  onMove: (offset: -1 | 1) => void;
  onRemove: () => void;
}) {
  const t = useTranslations("policyEditor.section");
  const name = sectionName(spec, context, t);
  const at = (field: string) => `sections.${index}.${field}`;
  const sectionError = errors[`sections.${index}`];
  const headingId = `section-${index}-heading`;
  // A move to the first or last place disables the button just pressed, which
  // would drop keyboard focus to the page: it passes to the other direction.
  const upButton = useRef<HTMLButtonElement>(null);
  const downButton = useRef<HTMLButtonElement>(null);
  return (
    <li aria-labelledby={headingId} className={`rounded-lg border bg-white shadow-xs ${sectionError ? "border-red-300" : "border-slate-200"}`}>
      <div className="flex items-start justify-between gap-2 border-b border-slate-100 px-3 py-2">
        <div className="min-w-0 flex-1">
          <p className="text-xs text-slate-500">
            {t("position", { number: index + 1, kind: t(`kind.${spec.type}`) })}
          </p>
          <h3 id={headingId} className="text-sm font-semibold break-words text-slate-900">
            {name}
          </h3>
        </div>
        {readOnly ? null : (
          <div className="flex shrink-0 gap-1">
            <Button
              ref={upButton}
              size="sm"
              variant="ghost"
              onClick={() => {
                onMove(-1);
                if (index === 1) downButton.current?.focus();
              }}
              disabled={index === 0}
              aria-label={t("moveUp", { name })}
            >
              <span aria-hidden="true">{ARROW_UP}</span>
            </Button>
            <Button
              ref={downButton}
              size="sm"
              variant="ghost"
              onClick={() => {
                onMove(1);
                if (index === count - 2) upButton.current?.focus();
              }}
              disabled={index === count - 1}
              aria-label={t("moveDown", { name })}
            >
              <span aria-hidden="true">{ARROW_DOWN}</span>
            </Button>
            <Button size="sm" variant="ghost" onClick={onRemove} aria-label={t("removeLabel", { name })}>
              {t("remove")}
            </Button>
          </div>
        )}
      </div>
      <div className="space-y-3 px-3 py-3 text-sm">
        {sectionError ? (
          <p id={`sections.${index}-error`} className="text-sm text-red-700">
            <MessageText text={sectionError} />
          </p>
        ) : null}
        <SectionBody spec={spec} at={at} context={context} errors={errors} readOnly={readOnly} onChange={onChange} />
      </div>
    </li>
  );
}

function SectionBody({
  spec,
  at,
  context,
  errors,
  readOnly,
  onChange,
}: {
  spec: PolicySectionSpec;
  at: (field: string) => string;
  context: SectionContext;
  errors: FieldErrors;
  readOnly: boolean;
  onChange: (spec: PolicySectionSpec) => void;
}) {
  const t = useTranslations("policyEditor.section");
  const tl = useTranslations("labels");
  switch (spec.type) {
    case "controller":
      return (
        <>
          <p className="text-slate-600">
            {t.rich("controllerIntro", {
              link: (chunks) => (
                <Link href="/settings" className="text-blue-800 underline">
                  {chunks}
                </Link>
              ),
            })}
          </p>
          <div className="grid items-end gap-3 sm:grid-cols-2">
            <Field id={at("privacyContactEmail")} label={t("contactEmail")} error={errors[at("privacyContactEmail")]}>
              {(aria) => (
                <Input
                  id={at("privacyContactEmail")}
                  type="email"
                  maxLength={200}
                  readOnly={readOnly}
                  placeholder={context.defaults.privacyContactEmail || t("asInProfile")}
                  value={spec.privacyContactEmail ?? ""}
                  onChange={(event) => onChange({ ...spec, privacyContactEmail: event.target.value || undefined })}
                  {...aria}
                />
              )}
            </Field>
            <Field id={at("dpoEmail")} label={t("dpoEmail")} error={errors[at("dpoEmail")]}>
              {(aria) => (
                <Input
                  id={at("dpoEmail")}
                  type="email"
                  maxLength={200}
                  readOnly={readOnly}
                  placeholder={context.defaults.dpoEmail || t("asInProfile")}
                  value={spec.dpoEmail ?? ""}
                  onChange={(event) => onChange({ ...spec, dpoEmail: event.target.value || undefined })}
                  {...aria}
                />
              )}
            </Field>
          </div>
        </>
      );
    case "rights":
      return <p className="text-slate-600">{t("rightsIntro")}</p>;
    case "activity": {
      const activity = context.activities.get(spec.activityId);
      if (!activity) return <p className="text-red-700">{t("activityDeleted")}</p>;
      return (
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-slate-600">
          {activity.status !== "ACTIVE" ? <Badge tone={activity.status === "RETIRED" ? "red" : "amber"}>{tl(`activityStatus.${activity.status}`)}</Badge> : null}
          <span>{t("generated")}</span>
          <Link href={`/activities/${activity.id}/edit`} className="text-blue-800 underline">
            {t("editRecord")}
            <span className="sr-only"> {activity.reference}</span>
          </Link>
        </p>
      );
    }
    case "markdown":
      return (
        <>
          <Field id={at("title")} label={t("heading")} required error={errors[at("title")]}>
            {(aria) => (
              <Input id={at("title")} maxLength={200} readOnly={readOnly} value={spec.title} onChange={(event) => onChange({ ...spec, title: event.target.value })} {...aria} />
            )}
          </Field>
          <Field id={at("body")} label={t("text")} hint={t("textHint")} error={errors[at("body")]}>
            {(aria) => (
              <textarea
                id={at("body")}
                rows={6}
                maxLength={10_000}
                readOnly={readOnly}
                value={spec.body}
                onChange={(event) => onChange({ ...spec, body: event.target.value })}
                className={`${fieldClassName} py-2 font-mono text-[13px] leading-relaxed`}
                {...aria}
              />
            )}
          </Field>
          <MarkdownTranslations spec={spec} at={at} languages={context.translationLanguages} errors={errors} readOnly={readOnly} onChange={onChange} />
        </>
      );
  }
}

type MarkdownSpec = Extract<PolicySectionSpec, { type: "markdown" }>;

/** A Markdown section in the policy's other languages: a heading and a text per language. */
function MarkdownTranslations({
  spec,
  at,
  languages,
  errors,
  readOnly,
  onChange,
}: {
  spec: MarkdownSpec;
  at: (field: string) => string;
  languages: SectionContext["translationLanguages"];
  errors: FieldErrors;
  readOnly: boolean;
  onChange: (spec: PolicySectionSpec) => void;
}) {
  const t = useTranslations("policyLanguages");
  return (
    <>
          {languages.map(({ language, name }) => {
            const translation = spec.translations?.[language] ?? { title: "", body: "", sourceHash: "" };
            // A translation written or changed here is made from the text as it stands now (stamped by the server).
            const edit = (change: Partial<typeof translation>) => onChange({ ...spec, translations: { ...spec.translations, [language]: { ...translation, ...change, sourceHash: "" } } });
            const id = at(`translations.${language}`);
            return (
              <fieldset key={language} id={id} className="space-y-2 rounded-md border border-slate-200 p-3">
                <legend className="px-1 text-sm font-medium text-slate-800">
                  {t("sectionIn", { language: name })}
                </legend>
                <Field id={`${id}.title`} label={t("headingIn", { language: name })} error={errors[`${id}.title`]}>
                  {(aria) => <Input id={`${id}.title`} lang={language} maxLength={200} readOnly={readOnly} value={translation.title} onChange={(event) => edit({ title: event.target.value })} {...aria} />}
                </Field>
                <Field id={`${id}.body`} label={t("textIn", { language: name })} error={errors[`${id}.body`]}>
                  {(aria) => (
                    <textarea
                      id={`${id}.body`}
                      lang={language}
                      rows={4}
                      maxLength={10_000}
                      readOnly={readOnly}
                      value={translation.body}
                      onChange={(event) => edit({ body: event.target.value })}
                      className={`${fieldClassName} py-2 font-mono text-[13px] leading-relaxed`}
                      {...aria}
                    />
                  )}
                </Field>
              </fieldset>
            );
          })}
    </>
  );
}
