"use client";

/**
 * Shows the policy HTML exactly as the renderer produced it (record text is
 * escaped there, the DPO's Markdown sanitised), with the typography a reader
 * sees: readable line length, clear headings, spaced lists. In the editor's
 * preview each statement carries the field it comes from
 * (`data-source-href`, html.ts): clicking it, or Enter on it, opens that
 * field. Links inside the policy (the contents, a withdrawal page) keep
 * working as links.
 */
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import type { KeyboardEvent, MouseEvent } from "react";
const policyProseClassName = [
  "max-w-none text-[15px] leading-relaxed text-slate-800",
  "[&_h1]:text-2xl [&_h1]:font-semibold [&_h1]:tracking-tight [&_h1]:text-slate-900",
  "[&_.policy-header]:border-b [&_.policy-header]:border-slate-200 [&_.policy-header]:pb-4",
  "[&_.policy-controller]:mt-1 [&_.policy-controller]:text-sm [&_.policy-controller]:text-slate-600",
  "[&_.policy-updated]:text-sm [&_.policy-updated]:text-slate-600",
  "[&_.policy-toc]:my-5 [&_.policy-toc]:rounded-md [&_.policy-toc]:bg-slate-50 [&_.policy-toc]:px-4 [&_.policy-toc]:py-3",
  "[&_.policy-toc_h2]:mt-0 [&_.policy-toc_h2]:text-sm [&_.policy-toc_h2]:font-semibold [&_.policy-toc_h2]:uppercase [&_.policy-toc_h2]:tracking-wide [&_.policy-toc_h2]:text-slate-600",
  "[&_.policy-toc_ol]:mt-2 [&_.policy-toc_ol]:list-decimal [&_.policy-toc_ol]:space-y-1 [&_.policy-toc_ol]:pl-5 [&_.policy-toc_a]:text-blue-800 [&_.policy-toc_a]:underline-offset-2 [&_.policy-toc_a:hover]:underline",
  "[&_section]:mt-7 [&_section]:scroll-mt-20",
  "[&_h2]:text-lg [&_h2]:font-semibold [&_h2]:text-slate-900",
  "[&_h3]:mt-4 [&_h3]:text-[15px] [&_h3]:font-semibold [&_h3]:text-slate-900",
  "[&_p]:mt-2 [&_ul]:mt-2 [&_ul]:list-disc [&_ul]:space-y-1.5 [&_ul]:pl-5 [&_ol]:mt-2 [&_ol]:list-decimal [&_ol]:pl-5",
  "[&_dl]:mt-2 [&_dl]:space-y-3 [&_dt]:font-medium [&_dt]:text-slate-900 [&_dd]:mt-0.5 [&_dd]:text-slate-700",
  "[&_a]:break-words [&_a]:text-blue-800 [&_a]:underline",
  "[&_.policy-objection]:mt-4 [&_.policy-objection]:rounded-md [&_.policy-objection]:border-l-4 [&_.policy-objection]:border-blue-800 [&_.policy-objection]:bg-blue-50 [&_.policy-objection]:px-4 [&_.policy-objection]:py-3",
  "[&_blockquote]:mt-2 [&_blockquote]:border-l-4 [&_blockquote]:border-slate-200 [&_blockquote]:pl-3 [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1",
].join(" ");

const statementClassName = [
  "[&_.policy-statement]:cursor-pointer [&_.policy-statement]:rounded-sm [&_.policy-statement]:-mx-1 [&_.policy-statement]:px-1",
  "[&_.policy-statement:hover]:bg-amber-50 [&_.policy-statement:focus-visible]:bg-amber-50 [&_.policy-statement:focus-visible]:outline-2 [&_.policy-statement:focus-visible]:outline-blue-700",
].join(" ");

/** The record field a statement comes from, unless the event is on a link of the policy itself. */
function sourceOf(target: EventTarget | null): string | null {
  if (!(target instanceof Element) || target.closest("a")) return null;
  return target.closest("[data-source-href]")?.getAttribute("data-source-href") ?? null;
}

/**
 * `canEdit`: whether the member may edit the records. One who may not (a
 * viewer) is taken to the activity's record page instead of its form.
 */
export function PolicyPreview({ html, stale = false, canEdit = true }: { html: string; stale?: boolean; canEdit?: boolean }) {
  const router = useRouter();
  const t = useTranslations("policyEditor.editor");
  const open = (href: string | null) => {
    // Only the app's own pages: the hrefs are generated (sources.ts), never taken from the records.
    if (!href?.startsWith("/")) return;
    router.push(canEdit ? href : href.replace(/^(\/activities\/[^/#]+)\/edit#.*$/, "$1"));
  };
  const onClick = (event: MouseEvent<HTMLDivElement>) => {
    // Selecting text to copy it is not a click on the statement.
    if (window.getSelection()?.toString()) return;
    open(sourceOf(event.target));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== "Enter" || !(event.target instanceof Element) || !event.target.hasAttribute("data-source-href")) return;
    event.preventDefault();
    open(sourceOf(event.target));
  };
  return (
    <>
      <p className="mb-3 text-xs text-slate-500">{t("previewHint")}</p>
      {/* The statements inside are the focusable elements (tabindex, html.ts); this only delegates their clicks and keys. */}
      <div
        className={`${policyProseClassName} ${statementClassName} transition-opacity ${stale ? "opacity-60" : ""}`}
        onClick={onClick}
        onKeyDown={onKeyDown}
        // The HTML comes from renderPolicyHtml: every record text escaped, Markdown sanitised.
        dangerouslySetInnerHTML={{ __html: html }}
      />
    </>
  );
}
