import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { citeArticle } from "./article-citation";
import type { Finding, FindingSeverity } from "@/lib/policies/checks";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { MessageText } from "@/components/ui/message-text";

const severityTone: Record<FindingSeverity, BadgeTone> = { error: "red", warning: "amber", info: "blue" };

/** What each severity means for publishing (see lib/policies/publish-gate.ts). */
const groups = [
  { severity: "error", title: "errors", meaning: "errorMeaning" },
  { severity: "warning", title: "warnings", meaning: "warningMeaning" },
  { severity: "info", title: "notes", meaning: "infoMeaning" },
] as const;

/** One finding: what to do, linking to the field that fixes it, and the article it comes from. */
export function FindingItem({ finding }: { finding: Finding }) {
  const t = useTranslations("policyEditor.findings");
  const locale = useLocale();
  return (
    <div className="min-w-0 text-sm">
      <Link href={finding.href} className="rounded-sm text-slate-900 underline decoration-slate-300 underline-offset-2 hover:decoration-blue-700">
        <MessageText text={finding.message} />
      </Link>
      <p className="mt-0.5 text-xs text-slate-600">{t("article", { article: citeArticle(finding.article, locale) })}</p>
    </div>
  );
}

/** The Art. 13/14 findings of a draft, grouped by severity (errors first), each linking to the field to fix. */
export function FindingsList({ findings }: { findings: Finding[] }) {
  const t = useTranslations("policyEditor.findings");
  if (findings.length === 0) {
    return <p className="text-sm text-emerald-800">{t("none")}</p>;
  }
  return (
    // A long list scrolls on its own, so the preview below stays in reach.
    <div tabIndex={0} role="group" aria-label={t("label")} className="max-h-96 space-y-3 overflow-y-auto pr-1">
      {groups.map(({ severity, title, meaning }) => {
        const items = findings.filter((finding) => finding.severity === severity);
        if (items.length === 0) return null;
        const headingId = `findings-${severity}`;
        return (
          <section key={severity} aria-labelledby={headingId}>
            <h3 id={headingId} className="flex items-center gap-2 text-sm font-medium text-slate-900">
              <Badge tone={severityTone[severity]}>{t(`severity.${severity}`)}</Badge>
              {t(title, { count: items.length })}
            </h3>
            <p className="mt-0.5 text-xs text-slate-600">{t(meaning)}</p>
            <ul aria-labelledby={headingId} className="mt-1.5 divide-y divide-slate-100 border-t border-slate-100">
              {items.map((finding) => (
                <li key={finding.id} className="py-2">
                  <FindingItem finding={finding} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
