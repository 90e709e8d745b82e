"use server";

/**
 * The server actions of the policy editor. Each runs the guard first, takes
 * the organisation from the session and hands the input to the plain
 * functions in draft-mutations.ts.
 */
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireMemberForAction } from "@/lib/auth/guard";
import type { ActionState } from "@/lib/forms/action-state";
import { createPolicy, currentDraft, POLICY_EDIT_ROLE, updatePolicyDraft } from "./draft-mutations";
import { stampTranslations } from "./policy-languages";
import { buildPolicyPreview, type PolicyPreview } from "./preview";
import { policyLanguagesSchema, policyTitlesSchema, policyTitleSchema, storedSectionSchema, type NewPolicyValues, type PolicyDraftValues } from "./schema";
import type { PolicySectionSpec } from "./types";
import { message } from "@/lib/i18n/message";
import { keepFormOnOutage } from "@/lib/forms/database-outage-action";
import { formInput, idInput, versionInput } from "@/lib/forms/action-input";

export type NewPolicyState = ActionState<NewPolicyValues>;
export type DraftActionState = ActionState<PolicyDraftValues> & { version?: number };

export const createPolicyAction = keepFormOnOutage(async function createPolicyAction(_previous: NewPolicyState, formData: FormData): Promise<NewPolicyState> {
  formData = formInput(formData);
  const member = await requireMemberForAction(POLICY_EDIT_ROLE);
  const values: NewPolicyValues = {
    title: String(formData.get("title") ?? "").slice(0, 1_000),
    slug: String(formData.get("slug") ?? "").slice(0, 1_000),
    languages: formData.getAll("languages").map(String).slice(0, 10),
    start: String(formData.get("start") ?? "standard"),
  };
  const result = await createPolicy(member, values);
  if (!result.ok) return { ok: false, formError: result.formError, fieldErrors: result.fieldErrors, values };
  revalidatePath("/policies");
  redirect(`/policies/${result.id}?created=1`);
});

export const savePolicyDraftAction = keepFormOnOutage(async function savePolicyDraftAction(id: string, version: number, values: PolicyDraftValues): Promise<DraftActionState> {
  const member = await requireMemberForAction(POLICY_EDIT_ROLE);
  const result = await updatePolicyDraft(member, idInput(id), versionInput(version), values);
  if (!result.ok) return { ok: false, formError: result.formError, fieldErrors: result.fieldErrors, conflict: result.conflict, values };
  revalidatePath("/policies");
  revalidatePath(`/policies/${id}`);
  return { ok: true, message: message("policyEditor.errors.saved"), version: result.version };
});

const NOT_IN_ORGANISATION = message("policyEditor.errors.notInOrganisation");
const FIX_SECTIONS = message("policyEditor.errors.fixSections");

export type PreviewResult = { ok: true; preview: Omit<PolicyPreview, "document"> } | { ok: false; message: string };

/**
 * The preview of the unsaved draft. Lenient where typing is in progress (a
 * new Markdown section without a heading yet, a text that cannot be rendered
 * yet: its section shows the notice), strict on everything else.
 */
export async function previewPolicyDraftAction(id: string, values: PolicyDraftValues): Promise<PreviewResult> {
  const member = await requireMemberForAction(POLICY_EDIT_ROLE);
  // The preview is composed from the member's own records whatever the id; another organisation's policy is still "not found".
  id = idInput(id);
  if (!(await currentDraft(member.organisation.id, id))) return { ok: false, message: NOT_IN_ORGANISATION };
  if (typeof values !== "object" || values === null) return { ok: false, message: FIX_SECTIONS };
  const title = policyTitleSchema.safeParse(values.title);
  const languages = policyLanguagesSchema.safeParse(values.languages);
  const titles = policyTitlesSchema.safeParse(values.titles ?? {});
  if (!Array.isArray(values.sections) || values.sections.length > 200) return { ok: false, message: message("policyEditor.errors.tooManyToPreview") };
  const sections: PolicySectionSpec[] = [];
  for (const raw of values.sections) {
    const candidate = raw?.type === "markdown" && !(typeof raw.title === "string" && raw.title.trim()) ? { ...raw, title: "…" } : raw;
    const parsed = storedSectionSchema.safeParse(candidate);
    if (!parsed.success) return { ok: false, message: FIX_SECTIONS };
    sections.push(parsed.data);
  }
  const preview = await buildPolicyPreview(member.organisation.id, id, {
    title: title.success ? title.data : "…",
    titles: titles.success ? titles.data : {},
    languages: languages.success ? languages.data : ["en"],
    sections: stampTranslations(sections),
  });
  if (!preview) return { ok: false, message: NOT_IN_ORGANISATION };
  return { ok: true, preview: { html: preview.html, findings: preview.findings, languages: preview.languages } };
}

export async function currentPolicyDraftAction(id: string) {
  const member = await requireMemberForAction(POLICY_EDIT_ROLE);
  return currentDraft(member.organisation.id, idInput(id));
}
