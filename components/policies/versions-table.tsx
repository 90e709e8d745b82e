import type { PolicyVersionRow } from "@/lib/policies/drift-queries";
import type { StoredFinding } from "@/lib/policies/stored-findings";
import { formatDate, formatDateTime } from "@/lib/format";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";

const severityTone: Record<StoredFinding["severity"], BadgeTone> = { error: "red", warning: "amber", info: "blue" };
const severityLabel: Record<StoredFinding["severity"], string> = { error: "Error", warning: "Warning", info: "Info" };

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The findings stored with a version, folded: what the checks reported when it was published or recorded. */
function VersionFindings({ version }: { version: PolicyVersionRow }) {
  const { findings } = version;
  if (findings.length === 0) return null;
  const bySeverity = (["error", "warning", "info"] as const)
    .map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => count(n, severity === "info" ? "note" : severity))
    .join(", ");
  return (
    <details className="group mt-2 whitespace-normal">
      <summary className="cursor-pointer text-xs font-medium text-blue-700 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600">
        Findings when {version.origin === "RECORDED" ? "recorded" : "published"}: {bySeverity}
      </summary>
      <ul aria-label={`Findings of version ${version.number}`} className="mt-2 divide-y divide-slate-100 border-t border-slate-100">
        {findings.map((finding) => (
          <li key={finding.id} className="flex gap-3 py-2">
            <span className="shrink-0 pt-0.5">
              <Badge tone={severityTone[finding.severity]}>{severityLabel[finding.severity]}</Badge>
            </span>
            <div className="min-w-0 text-sm">
              <p className="text-slate-900">{finding.message}</p>
              <p className="mt-0.5 text-xs text-slate-500">
                {finding.article} GDPR{finding.acknowledged ? " · acknowledged by the publisher" : ""}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}

function VersionOrigin({ version }: { version: PolicyVersionRow }) {
  if (version.origin === "RECORDED") {
    return (
      <>
        <Badge tone="violet">Recorded</Badge>
        <p className="mt-1 text-slate-700">Published before this register was kept</p>
        <p className="text-xs text-slate-500">
          recorded {formatDateTime(version.createdAt)} by {version.publishedBy}
        </p>
      </>
    );
  }
  return (
    <>
      <Badge>Published here</Badge>
      <p className="mt-1 whitespace-nowrap">{formatDateTime(version.createdAt)}</p>
      <p className="text-xs text-slate-500">by {version.publishedBy}</p>
    </>
  );
}

/** The published versions of a policy, with links to their public pages (plain links: those are not app pages). */
export function VersionsTable({ versions, publicBase }: { versions: PolicyVersionRow[]; publicBase: string }) {
  if (versions.length === 0) return <EmptyState title="No version published yet">Publish the draft to create version 1 and its public page.</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Published versions, newest first</caption>
        <thead className="border-b border-slate-200 text-xs text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Version</th>
            <th scope="col" className="px-4 py-2 font-medium">Effective from</th>
            <th scope="col" className="px-4 py-2 font-medium">Origin</th>
            <th scope="col" className="px-4 py-2 font-medium">Change summary</th>
            <th scope="col" className="px-4 py-2 font-medium">Public pages</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {versions.map((version) => (
            <tr key={version.id} className="align-top">
              <th scope="row" className="px-4 py-3 font-medium text-slate-900">{version.number}</th>
              <td className="px-4 py-3 whitespace-nowrap">{formatDate(version.effectiveAt)}</td>
              <td className="px-4 py-3">
                <VersionOrigin version={version} />
              </td>
              <td className="max-w-md px-4 py-3">
                <p className="whitespace-pre-line">{version.changeSummary}</p>
                <VersionFindings version={version} />
              </td>
              <td className="px-4 py-3 whitespace-nowrap">
                <a href={`${publicBase}/v/${version.number}`} className="text-blue-700 hover:underline">
                  View<span className="sr-only"> version {version.number}</span>
                </a>
                {version.number > 1 ? (
                  <>
                    {" · "}
                    <a href={`${publicBase}/compare?from=${version.number - 1}&to=${version.number}`} className="text-blue-700 hover:underline">
                      Compare<span className="sr-only"> version {version.number} with {version.number - 1}</span>
                    </a>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
