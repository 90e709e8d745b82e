"use client";

/**
 * The draft editor: title, the languages the policy is published in (with
 * the title and the Markdown sections in each) and the ordered sections on
 * the left; on the right the findings, the translations each language still
 * needs (filled in place) and a live preview per language that the server
 * renders from the unsaved draft with the same composer and renderer the
 * publisher uses. Values are controlled state, so nothing typed is lost when
 * a save is refused or meets a newer version.
 */
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { currentPolicyDraftAction, previewPolicyDraftAction, savePolicyDraftAction } from "@/lib/policies/draft-actions";
import type { Finding } from "@/lib/policies/checks";
import type { FieldErrors } from "@/lib/forms/action-state";
import type { ActivityChoice } from "@/lib/policies/queries";
import type { PolicyDraftValues } from "@/lib/policies/schema";
import type { LanguagePreview } from "@/lib/policies/preview";
import type { PolicySectionSpec } from "@/lib/policies/types";
import type { Language } from "@/lib/translations/languages";
import { changedFields, mergeOnTop } from "@/lib/records/merge";
import type { Conflict } from "@/lib/records/versioning";
import { ConflictPanel } from "@/components/records/conflict-panel";
import { Button } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import { MessageText } from "@/components/ui/message-text";
import { AddSectionBar } from "./add-section-bar";
import { FindingsList } from "./findings-list";
import { PolicySectionCard, type SectionContext } from "./policy-section-card";
import { PolicyPreview } from "./policy-preview";
import { TranslationGaps } from "./translation-gaps";

type Draft = { title: string; titles: Partial<Record<Language, string>>; languages: string[]; sections: PolicySectionSpec[] };

/** A language the policy can be published in: one the organisation keeps and the wording catalogue speaks. */
export type EditorLanguage = { language: Language; name: string };
type Keyed = { key: number; spec: PolicySectionSpec };

// Row keys for React only; they never reach the server.
let nextKey = 0;
const keyed = (sections: PolicySectionSpec[]): Keyed[] => sections.map((spec) => ({ key: nextKey++, spec }));

export function PolicyEditor({
  policyId,
  initial,
  version: initialVersion,
  activities,
  defaults,
  initialPreview,
  canEdit,
  available,
  defaultLanguage,
}: {
  policyId: string;
  initial: Draft;
  version: number;
  activities: ActivityChoice[];
  defaults: SectionContext["defaults"];
  initialPreview: { html: string; findings: Finding[]; languages: LanguagePreview[] };
  canEdit: boolean;
  /** The organisation's languages the policy can be published in, the default first. */
  available: EditorLanguage[];
  defaultLanguage: Language;
}) {
  const t = useTranslations("policyLanguages");
  const te = useTranslations("policyEditor.editor");
  const [title, setTitle] = useState(initial.title);
  const [titles, setTitles] = useState(initial.titles);
  const [languages, setLanguages] = useState(initial.languages);
  const [shown, setShown] = useState<string>(initial.languages[0] ?? defaultLanguage);
  const [refresh, setRefresh] = useState(0);
  const [items, setItems] = useState<Keyed[]>(() => keyed(initial.sections));
  const [base, setBase] = useState<Draft>(initial);
  const [version, setVersion] = useState(initialVersion);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [savedMessage, setSavedMessage] = useState<string>();
  const [conflict, setConflict] = useState<Conflict>();
  const [preview, setPreview] = useState(initialPreview);
  const [previewState, setPreviewState] = useState<{ pending: boolean; message?: string }>({ pending: false });
  const [saving, startSaving] = useTransition();

  const names = useMemo(() => Object.fromEntries(available.map((entry) => [entry.language, entry.name])), [available]);
  // The title and each Markdown section are written in every chosen language besides the organisation's default.
  const others = useMemo(() => available.filter((entry) => entry.language !== defaultLanguage && languages.includes(entry.language)), [available, defaultLanguage, languages]);
  const context: SectionContext = useMemo(() => ({ activities: new Map(activities.map((a) => [a.id, a])), defaults, translationLanguages: others }), [activities, defaults, others]);
  const values: PolicyDraftValues = useMemo(() => ({ title, titles, languages, sections: items.map((item) => item.spec) }), [title, titles, languages, items]);
  const dirty = changedFields(base, values).length > 0;
  const shownPreview = preview.languages.find((entry) => entry.language === shown) ?? preview.languages[0];

  // Leaving the page with unsaved changes asks first (the browser's own prompt).
  useEffect(() => {
    if (!dirty || !canEdit) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty, canEdit]);

  // The live preview: the unsaved draft, rendered by the server a moment after the last change.
  const request = useRef(0);
  const first = useRef(true);
  const sectionsHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!canEdit) return;
    if (first.current) {
      first.current = false;
      return;
    }
    const id = ++request.current;
    setPreviewState({ pending: true });
    const timer = setTimeout(async () => {
      try {
        const result = await previewPolicyDraftAction(policyId, values);
        if (id !== request.current) return;
        if (result.ok) {
          setPreview(result.preview);
          setPreviewState({ pending: false });
        } else setPreviewState({ pending: false, message: result.message });
      } catch {
        if (id === request.current) setPreviewState({ pending: false, message: te("previewFailed") });
      }
    }, 400);
    return () => clearTimeout(timer);
    // `refresh` composes again after a translation was saved in place (the draft itself did not change).
  }, [canEdit, policyId, values, refresh, te]);

  function update(index: number, spec: PolicySectionSpec) {
    setItems((current) => current.map((item, i) => (i === index ? { ...item, spec } : item)));
  }
  function move(index: number, offset: -1 | 1) {
    setItems((current) => {
      const target = index + offset;
      if (target < 0 || target >= current.length) return current;
      const next = [...current];
      [next[index], next[target]] = [next[target], next[index]];
      return next;
    });
  }
  function add(spec: PolicySectionSpec) {
    setItems((current) => {
      // Generated text belongs before the rights section by default; the DPO can move it.
      const rights = current.findIndex((item) => item.spec.type === "rights");
      const at = spec.type === "activity" && rights >= 0 ? rights : current.length;
      return [...current.slice(0, at), ...keyed([spec]), ...current.slice(at)];
    });
    if (spec.type === "markdown") {
      // Focus the new heading field once it is rendered.
      requestAnimationFrame(() => {
        const fields = document.querySelectorAll<HTMLInputElement>('input[id$=".title"]');
        fields[fields.length - 1]?.focus();
      });
    }
  }

  function save(draft: PolicyDraftValues, fromVersion: number) {
    setSavedMessage(undefined);
    startSaving(async () => {
      const result = await savePolicyDraftAction(policyId, fromVersion, draft);
      if (result.ok && result.version) {
        setVersion(result.version);
        setBase({ ...draft, titles: draft.titles ?? {} });
        setErrors({});
        setFormError(undefined);
        setConflict(undefined);
        setSavedMessage(result.message);
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setFormError(result.conflict ? undefined : result.formError);
      setConflict(result.conflict);
    });
  }

  async function reapply() {
    if (!conflict) return;
    const theirs = await currentPolicyDraftAction(policyId);
    if (!theirs) {
      setFormError(te("deletedMeanwhile"));
      return;
    }
    const theirsDraft: Draft = { title: theirs.title, titles: theirs.titles, languages: theirs.languages, sections: theirs.sections };
    const merged = mergeOnTop(base, { ...values, titles: values.titles ?? {} }, theirsDraft);
    setTitle(merged.title);
    setTitles(merged.titles);
    setLanguages(merged.languages);
    setItems(keyed(merged.sections));
    setBase(theirsDraft);
    save(merged, theirs.version);
  }

  const problems = Object.keys(errors).length;
  const included = new Set(items.flatMap((item) => (item.spec.type === "activity" ? [item.spec.activityId] : [])));

  return (
    <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
      <form
        aria-label={te("formLabel")}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save(values, version);
        }}
        className="min-w-0 space-y-4"
      >
        {conflict ? (
          <ConflictPanel conflict={conflict} labels={{ title: te("title"), sections: te("sections"), titles: t("titlesLabel"), languages: t("languages") }} onReapply={reapply} reloadHref={`/policies/${policyId}`} yourChanges={changedFields(base, values).map(String)} pending={saving} />
        ) : null}
        {formError ? <Callout tone="danger" title={<MessageText text={formError} />}>{problems > 1 ? te("fieldsToFix", { count: problems }) : null}</Callout> : null}

        <div className="space-y-3 rounded-lg border border-slate-200 bg-white p-3 shadow-xs">
          <Field id="policy-title" label={te("title")} required error={errors.title}>
            {(aria) => <Input id="policy-title" maxLength={200} readOnly={!canEdit} value={title} onChange={(event) => setTitle(event.target.value)} {...aria} />}
          </Field>
          <fieldset aria-describedby={errors.languages ? "policy-languages-error" : "policy-languages-hint"}>
            <legend className="block text-sm font-medium text-slate-800">{t("languages")}</legend>
            <p id="policy-languages-hint" className="mt-0.5 text-xs text-slate-500">
              {t("languagesHint")}
            </p>
            <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
              {available.map(({ language, name }) => (
                <label key={language} className="inline-flex items-center gap-2 text-sm text-slate-800">
                  <input
                    type="checkbox"
                    name="languages"
                    value={language}
                    disabled={!canEdit}
                    checked={languages.includes(language)}
                    onChange={(event) =>
                      setLanguages((current) =>
                        event.target.checked ? available.map((entry) => entry.language).filter((l) => l === language || current.includes(l)) : current.filter((l) => l !== language),
                      )
                    }
                    className="size-4 rounded border-slate-300 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-700"
                  />
                  {name}
                </label>
              ))}
            </div>
            {errors.languages ? (
              <p id="policy-languages-error" className="mt-1 text-sm text-red-700">
                <MessageText text={errors.languages} />
              </p>
            ) : null}
          </fieldset>
          {others.map(({ language, name }) => (
            <Field key={language} id={`title.${language}`} label={t("titleIn", { language: name })} error={errors[`titles.${language}`]}>
              {(aria) => (
                <Input
                  id={`title.${language}`}
                  lang={language}
                  maxLength={200}
                  readOnly={!canEdit}
                  value={titles[language] ?? ""}
                  onChange={(event) => setTitles((current) => ({ ...current, [language]: event.target.value }))}
                  {...aria}
                />
              )}
            </Field>
          ))}
        </div>

        <section aria-labelledby="sections-heading">
          {/* Focus lands here when a removed section takes the focused button with it. */}
          <h2 id="sections-heading" ref={sectionsHeading} tabIndex={-1} className="mb-2 text-sm font-semibold text-slate-900">
            {te("sectionsHeading")}
          </h2>
          {errors.sections ? <p className="mb-2 text-sm text-red-700"><MessageText text={errors.sections} /></p> : null}
          {items.length === 0 ? <p className="rounded-lg border border-dashed border-slate-300 px-3 py-6 text-center text-sm text-slate-600">{te("noSections")}</p> : null}
          <ol className="space-y-3">
            {items.map((item, index) => (
              <PolicySectionCard
                key={item.key}
                spec={item.spec}
                index={index}
                count={items.length}
                context={context}
                errors={errors}
                readOnly={!canEdit}
                onChange={(spec) => update(index, spec)}
                onMove={(offset) => move(index, offset)}
                onRemove={() => {
                  setItems((current) => current.filter((_, i) => i !== index));
                  sectionsHeading.current?.focus();
                }}
              />
            ))}
          </ol>
        </section>

        {canEdit ? (
          <>
            <AddSectionBar activities={activities} included={included} hasController={items.some((i) => i.spec.type === "controller")} hasRights={items.some((i) => i.spec.type === "rights")} onAdd={add} />
            <div className="sticky bottom-0 z-10 -mx-1 flex flex-wrap items-center justify-end gap-3 border-t border-slate-200 bg-white/95 px-1 py-3 backdrop-blur">
              <p role="status" className="mr-auto text-sm text-slate-600">
                {saving ? te("saving") : problems ? <span className="text-red-700">{te("problems", { count: problems })}</span> : dirty ? te("unsaved") : savedMessage ? <MessageText text={savedMessage} /> : te("savedVersion", { version })}
              </p>
              <Button type="submit" variant="primary" disabled={saving}>
                {saving ? te("saving") : te("save")}
              </Button>
            </div>
          </>
        ) : null}
      </form>

      <div className="min-w-0 space-y-4 xl:sticky xl:top-4 xl:max-h-[calc(100vh-2rem)] xl:overflow-y-auto">
        <section aria-labelledby="findings-heading" className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-xs">
          <h2 id="findings-heading" className="text-sm font-semibold text-slate-900">
            {te("findingsHeading")}
          </h2>
          <div className="mt-1">
            <FindingsList findings={preview.findings} />
          </div>
        </section>
        <TranslationGaps languages={preview.languages} names={names} canEdit={canEdit} onSaved={() => setRefresh((n) => n + 1)} />
        <section aria-labelledby="preview-heading" className="rounded-lg border border-slate-200 bg-white shadow-xs">
          <div className="flex flex-wrap items-baseline justify-between gap-2 border-b border-slate-200 px-4 py-2">
            <h2 id="preview-heading" className="text-sm font-semibold text-slate-900">
              {te("preview")}
            </h2>
            {preview.languages.length > 1 ? (
              <div role="group" aria-label={t("previewLanguage")} className="flex gap-1">
                {preview.languages.map((entry) => (
                  <Button key={entry.language} type="button" size="sm" variant={entry.language === shownPreview?.language ? "primary" : "secondary"} aria-pressed={entry.language === shownPreview?.language} onClick={() => setShown(entry.language)}>
                    {names[entry.language] ?? entry.language}
                  </Button>
                ))}
              </div>
            ) : null}
            <p role="status" className="text-xs text-slate-500">
              {previewState.pending ? te("updating") : previewState.message ? <MessageText text={previewState.message} /> : dirty ? te("showsUnsaved") : te("asPublished")}
            </p>
          </div>
          <div className="px-4 py-4 sm:px-6">
            <PolicyPreview html={shownPreview?.html ?? preview.html} stale={previewState.pending} canEdit={canEdit} />
          </div>
        </section>
      </div>
    </div>
  );
}
