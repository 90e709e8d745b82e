"use client";

/**
 * The form for creating and editing a processing activity, in the order of
 * Art. 30(1)(a)-(g) and then the items privacy policies need. Its values are
 * controlled React state, so nothing the user typed is lost when a save is
 * refused; it validates on submit with the same schema as the server action
 * and moves the focus to the first problem.
 */
import { useEffect, useMemo, useRef, useState, useTransition } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { unstable_rethrow } from "next/navigation";
import { currentActivityValuesAction, saveActivityAction } from "@/lib/activities/actions";
import type { ActivityFormOptions } from "@/lib/activities/form-options";
import type { QuickCreatedEntry } from "@/lib/activities/quick-create";
import { activitySchema, type ActivityFormValues } from "@/lib/activities/schema";
import { fieldErrorsFrom, type FieldErrors } from "@/lib/forms/action-state";
import { changedFields, mergeOnTop } from "@/lib/records/merge";
import { formSectionCitation, type FormSectionId } from "@/lib/register/art30-items";
import { message } from "@/lib/i18n/message";
import type { Conflict } from "@/lib/records/versioning";
import { RecordSection } from "@/components/activities/record-section";
import { ConflictPanel } from "@/components/records/conflict-panel";
import { Button, buttonClassName } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { MessageText } from "@/components/ui/message-text";
import { AssessmentSection, ProvisionSection, SourceSection } from "./activity-form-assessment";
import type { QuickCreateRequest, SectionProps } from "./activity-form-fields";
import { GeneralSection, PolicyTextSection, ReviewSection } from "./activity-form-general";
import { RecipientsSection, ResponsibleSection } from "./activity-form-parties";
import { PurposesSection } from "./activity-form-purposes";
import { QuickCreateDialog, type QuickCreateDraft } from "./activity-form-quick-create";
import { DataSection } from "./activity-form-data";
import { SecuritySection } from "./activity-form-security";
import { TransfersSection } from "./activity-form-transfers";

function addCreated(options: ActivityFormOptions, created: QuickCreatedEntry): ActivityFormOptions {
  const byName = <T extends { name: string }>(list: T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name));
  switch (created.type) {
    case "dataCategory":
      return { ...options, dataCategories: byName([...options.dataCategories, created.entry]) };
    case "dataSubjectCategory":
      return { ...options, dataSubjectCategories: byName([...options.dataSubjectCategories, created.entry]) };
    case "recipient":
      return { ...options, recipients: byName([...options.recipients, created.entry]) };
    case "securityMeasure":
      return { ...options, securityMeasures: [...options.securityMeasures, created.entry] };
  }
}

export function ActivityForm({
  activityId,
  initialValues,
  options: initialOptions,
}: {
  /** null for a new activity. */
  activityId: string | null;
  initialValues: ActivityFormValues;
  options: ActivityFormOptions;
}) {
  const t = useTranslations("activityForm");
  const [values, setValues] = useState(initialValues);
  // The saved state the user started from: the base for reapplying after a conflict.
  const [base, setBase] = useState(initialValues);
  const [options, setOptions] = useState(initialOptions);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string>();
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [draft, setDraft] = useState<(QuickCreateDraft & { onCreated: Parameters<QuickCreateRequest>[2] }) | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);

  const schema = useMemo(() => activitySchema(options), [options]);

  useEffect(() => {
    if (focusRequest === 0) return;
    const first = formRef.current?.querySelector<HTMLElement>(
      'input[aria-invalid="true"], select[aria-invalid="true"], textarea[aria-invalid="true"], [data-field-error]',
    );
    if (first) {
      first.focus();
      first.scrollIntoView({ block: "center" });
    } else {
      document.getElementById("form-problems")?.focus();
    }
  }, [focusRequest]);

  const update = (patch: Partial<ActivityFormValues>) => setValues((current) => ({ ...current, ...patch }));
  const requestCreate: QuickCreateRequest = (type, name, onCreated, defaults) => setDraft({ type, name, kind: defaults?.kind, onCreated });
  const section: SectionProps = { values, errors, update, options, requestCreate };

  function save(toSave: ActivityFormValues) {
    const parsed = schema.safeParse(toSave);
    if (!parsed.success) {
      setErrors(fieldErrorsFrom(parsed.error));
      setFormError(message("activityForm.form.invalid"));
      setFocusRequest((n) => n + 1);
      return;
    }
    setErrors({});
    setFormError(undefined);
    startTransition(async () => {
      let state;
      try {
        state = await saveActivityAction(activityId, toSave);
      } catch (error) {
        // The redirect after a successful save travels as an error: let it through.
        unstable_rethrow(error);
        setFormError(
          error instanceof Error && "digest" in error
            ? message("activityForm.form.saveFailedWithReference", { digest: String(error.digest) })
            : message("activityForm.form.saveFailed"),
        );
        return;
      }
      // On success the action redirects; anything returned is a problem to show.
      setErrors(state.fieldErrors ?? {});
      setFormError(state.formError);
      setConflict(state.conflict ?? null);
      if (!state.conflict) setFocusRequest((n) => n + 1);
    });
  }

  function reapply() {
    if (!activityId) return;
    startTransition(async () => {
      const theirs = await currentActivityValuesAction(activityId);
      if (!theirs) {
        setConflict(null);
        setFormError(message("activityForm.form.deletedMeanwhile"));
        return;
      }
      const merged = mergeOnTop(base as Record<string, unknown>, values as Record<string, unknown>, theirs as Record<string, unknown>) as ActivityFormValues;
      setBase(theirs);
      setValues(merged);
      setConflict(null);
      save(merged);
    });
  }

  const cancelHref = activityId ? `/activities/${activityId}` : "/activities";
  const isProcessor = values.role === "PROCESSOR";
  // The letter of the record being edited (Art. 30(1) or 30(2)), from the one table of its items; the citation in the reader's language.
  const register = isProcessor ? "processor" : "controller";
  const cite = (part: FormSectionId) => ({ letter: formSectionCitation(register, part).letter, citation: t(`citations.${register}.${part}`) });
  // Readable names for the conflict panel, by audit snapshot key.
  const fieldLabels = t.raw("conflictFields" as never) as Record<string, string>;
  const problems = Object.keys(errors).length;

  return (
    <form
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save(values);
      }}
      className="space-y-4"
      aria-describedby={formError ? "form-problems" : undefined}
    >
      {conflict ? <ConflictPanel
          conflict={conflict}
          labels={fieldLabels}
          yourChanges={changedFields(base as Record<string, unknown>, values as Record<string, unknown>).map(String)}
          onReapply={reapply}
          reloadHref={`/activities/${activityId}/edit`}
          pending={pending}
        /> : null}
      {formError && !conflict ? (
        <div id="form-problems" tabIndex={-1} className="focus:outline-none">
          <Callout tone="danger" title={<MessageText text={formError} />}>
            {problems > 1 ? t("form.problemCount", { count: problems }) : null}
          </Callout>
        </div>
      ) : null}

      <RecordSection id="general" title={t("sections.general")}>
        <GeneralSection {...section} />
      </RecordSection>
      <RecordSection id="responsible" {...cite("responsible")} title={t(isProcessor ? "sections.responsibleProcessor" : "sections.responsibleController")}>
        <ResponsibleSection {...section} />
      </RecordSection>
      <RecordSection id="purposes" {...cite("purposes")} title={t("sections.purposes")}>
        <PurposesSection {...section} />
      </RecordSection>
      <RecordSection id="data" {...cite("data")} title={t("sections.data")}>
        <DataSection {...section} />
      </RecordSection>
      <RecordSection id="recipients" {...cite("recipients")} title={t("sections.recipients")}>
        <RecipientsSection {...section} />
      </RecordSection>
      <RecordSection id="transfers" {...cite("transfers")} title={t("sections.transfers")}>
        <TransfersSection {...section} />
      </RecordSection>
      <RecordSection id="security" {...cite("security")} title={t("sections.security")}>
        <SecuritySection {...section} />
      </RecordSection>
      <RecordSection id="source" citation={t("citations.source")} title={t("sections.source")}>
        <SourceSection {...section} />
      </RecordSection>
      <RecordSection id="assessment" citation={t("citations.assessment")} title={t("sections.assessment")}>
        <AssessmentSection {...section} />
      </RecordSection>
      <RecordSection id="provision" citation={t("citations.provision")} title={t("sections.provision")}>
        <ProvisionSection {...section} />
      </RecordSection>
      <RecordSection id="review" title={t("sections.review")}>
        <ReviewSection {...section} />
      </RecordSection>
      <RecordSection id="policy-text" citation={t("citations.policyText")} title={t("sections.policyText")}>
        <PolicyTextSection {...section} />
      </RecordSection>

      <div className="sticky bottom-0 z-20 -mx-4 flex flex-wrap items-center justify-end gap-2 border-t border-slate-200 bg-white/95 px-4 py-3 backdrop-blur sm:-mx-6 sm:px-6">
        {problems > 0 ? <p className="mr-auto text-sm text-red-700">{t("form.fieldsToFix", { count: problems })}</p> : null}
        <Link href={cancelHref} className={buttonClassName()}>
          {t("form.cancel")}
        </Link>
        <Button type="submit" variant="primary" disabled={pending}>
          {pending ? t("form.saving") : activityId ? t("form.saveChanges") : t("form.create")}
        </Button>
      </div>

      {draft ? (
        <QuickCreateDialog
          draft={draft}
          onClose={() => setDraft(null)}
          onCreated={(created) => {
            setOptions((current) => addCreated(current, created));
            draft.onCreated(created.entry.id, { defaultRetention: created.type === "dataCategory" ? created.entry.defaultRetention : undefined });
            setDraft(null);
          }}
        />
      ) : null}
    </form>
  );
}
