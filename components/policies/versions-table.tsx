import type { PolicyVersionRow } from "@/lib/policies/drift-queries";
import { formatDate, formatDateTime } from "@/lib/format";
import { EmptyState } from "@/components/ui/empty-state";

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
            <th scope="col" className="px-4 py-2 font-medium">Published</th>
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
                <p className="whitespace-nowrap">{formatDateTime(version.createdAt)}</p>
                <p className="text-xs text-slate-500">by {version.publishedBy}</p>
              </td>
              <td className="max-w-md px-4 py-3 whitespace-pre-line">{version.changeSummary}</td>
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
