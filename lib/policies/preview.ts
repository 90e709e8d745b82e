import "server-only";
import type { Finding } from "./checks";
import { mergeFindings, type LanguageDraft, type PolicyForLanguages } from "./compose-languages";
import { renderPolicyHtml } from "./html";
import { loadPolicyLanguageDrafts } from "./queries";
import type { PolicyDocument, PolicyLanguage } from "./types";

/** One language of the preview: its page and the findings of that language version. */
export type LanguagePreview = { language: PolicyLanguage; html: string; findings: Finding[]; gaps: LanguageDraft["gaps"] };

/** The first language's page and document, the findings of every language, and each language's page. */
export type PolicyPreview = { html: string; findings: Finding[]; document: PolicyDocument; languages: LanguagePreview[] };

/**
 * The draft as it would be published, in each of its languages, and its
 * Art. 13/14 and translation findings: the same composer and renderer the
 * publisher uses, on the records as they are now.
 */
export async function buildPolicyPreview(orgId: string, policyId: string, draft: Omit<PolicyForLanguages, "id">): Promise<PolicyPreview | null> {
  const drafts = await loadPolicyLanguageDrafts(orgId, policyId, undefined, draft);
  if (!drafts?.length) return null;
  const languages = drafts.map(({ language, document, findings, gaps }) => ({ language, html: renderPolicyHtml(document, { sourceLinks: true }), findings, gaps }));
  return { html: languages[0].html, findings: mergeFindings(drafts), document: drafts[0].document, languages };
}
