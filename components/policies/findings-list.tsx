import Link from "next/link";
import type { Finding, FindingSeverity } from "@/lib/policies/checks";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const severityTone: Record<FindingSeverity, BadgeTone> = { error: "red", warning: "amber", info: "blue" };
const severityLabel: Record<FindingSeverity, string> = { error: "Error", warning: "Warning", info: "Info" };

/** What each severity means for publishing (see lib/policies/publish-gate.ts). */
const groups: { severity: FindingSeverity; title: (n: number) => string; meaning: string }[] = [
  { severity: "error", title: (n) => (n === 1 ? "1 error" : `${n} errors`), meaning: "Publishing is refused until these are fixed in the records." },
  { severity: "warning", title: (n) => (n === 1 ? "1 warning" : `${n} warnings`), meaning: "Publishing asks you to confirm that you have considered each one." },
  { severity: "info", title: (n) => (n === 1 ? "1 note" : `${n} notes`), meaning: "For your information; they never block publishing." },
];

/** One finding: what to do, linking to the field that fixes it, and the article it comes from. */
export function FindingItem({ finding }: { finding: Finding }) {
  return (
    <div className="min-w-0 text-sm">
      <Link href={finding.href} className="rounded-sm text-slate-900 underline decoration-slate-300 underline-offset-2 hover:decoration-blue-700">
        {finding.message}
      </Link>
      <p className="mt-0.5 text-xs text-slate-600">{finding.article} GDPR</p>
    </div>
  );
}

/** The Art. 13/14 findings of a draft, grouped by severity (errors first), each linking to the field to fix. */
export function FindingsList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) {
    return <p className="text-sm text-emerald-800">Every item Art. 13 and 14 ask for is recorded for this policy.</p>;
  }
  return (
    // A long list scrolls on its own, so the preview below stays in reach.
    <div tabIndex={0} role="group" aria-label="Findings" className="max-h-96 space-y-3 overflow-y-auto pr-1">
      {groups.map(({ severity, title, meaning }) => {
        const items = findings.filter((finding) => finding.severity === severity);
        if (items.length === 0) return null;
        const headingId = `findings-${severity}`;
        return (
          <section key={severity} aria-labelledby={headingId}>
            <h3 id={headingId} className="flex items-center gap-2 text-sm font-medium text-slate-900">
              <Badge tone={severityTone[severity]}>{severityLabel[severity]}</Badge>
              {title(items.length)}
            </h3>
            <p className="mt-0.5 text-xs text-slate-600">{meaning}</p>
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
