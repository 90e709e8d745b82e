import Link from "next/link";
import type { Finding, FindingSeverity } from "@/lib/policies/checks";
import { Badge, type BadgeTone } from "@/components/ui/badge";

const tone: Record<FindingSeverity, BadgeTone> = { error: "red", warning: "amber", info: "blue" };
const label: Record<FindingSeverity, string> = { error: "Missing", warning: "Check", info: "Note" };

/** The Art. 13/14 findings of a draft, most serious first, each linking to the field to fix. */
export function FindingsList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) {
    return <p className="text-sm text-emerald-800">Every item Art. 13 and 14 ask for is recorded for this policy.</p>;
  }
  const errors = findings.filter((f) => f.severity === "error").length;
  return (
    <>
      <p className="text-sm text-slate-700">
        {findings.length === 1 ? "1 item" : `${findings.length} items`} to look at{errors ? `, ${errors} missing` : ""}. Each links to where you fix it.
      </p>
      {/* A long list scrolls on its own, so the preview below stays in reach. */}
      <ul tabIndex={0} aria-label="Findings" className="mt-3 max-h-80 divide-y divide-slate-100 overflow-y-auto border-t border-slate-100 pr-1 focus-visible:outline-2 focus-visible:outline-blue-600">
        {findings.map((finding) => (
          <li key={finding.id} className="flex gap-3 py-2.5">
            <span className="shrink-0 pt-0.5">
              <Badge tone={tone[finding.severity]}>{label[finding.severity]}</Badge>
            </span>
            <div className="min-w-0 text-sm">
              <Link href={finding.href} className="text-slate-900 underline decoration-slate-300 underline-offset-2 hover:decoration-blue-700">
                {finding.message}
              </Link>
              <p className="mt-0.5 text-xs text-slate-500">{finding.article} GDPR</p>
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
