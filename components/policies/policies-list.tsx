import type { ReactNode } from "react";
import Link from "next/link";
import type { PolicyListRow } from "@/lib/policies/queries";
import { useLocale } from "next-intl";
import { asLanguage, languageName } from "@/lib/translations/languages";
import { formatDateTime } from "@/lib/format";
import { Badge } from "@/components/ui/badge";

/**
 * The organisation's policies. `drift` lets the page add what the published
 * version says about the register (filled by publishing), per policy id.
 */
export function PoliciesList({ policies, drift = {} }: { policies: PolicyListRow[]; drift?: Record<string, ReactNode> }) {
  // Language names in the dashboard's language.
  const inLanguage = asLanguage(useLocale());
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-xs">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Privacy policies</caption>
        <thead className="border-b border-slate-200 bg-slate-50 text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">Policy</th>
            <th scope="col" className="px-4 py-2 font-medium">Language</th>
            <th scope="col" className="px-4 py-2 font-medium">Draft</th>
            <th scope="col" className="px-4 py-2 font-medium">Published</th>
            <th scope="col" className="px-4 py-2 font-medium">Register</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 align-top">
          {policies.map((policy) => (
            <tr key={policy.id}>
              <th scope="row" className="px-4 py-3 font-normal">
                <Link href={`/policies/${policy.id}`} className="font-medium text-blue-800 hover:underline">
                  {policy.title}
                </Link>
                <p className="mt-0.5 text-xs text-slate-500">/{policy.slug}</p>
              </th>
              <td className="px-4 py-3 whitespace-nowrap">{policy.languages.map((language) => languageName(language, inLanguage)).join(", ")}</td>
              <td className="px-4 py-3">
                <p>
                  {policy.activityCount === 1 ? "1 activity" : `${policy.activityCount} activities`} · {policy.sectionCount} sections
                </p>
                <p className="mt-0.5 text-xs text-slate-500">saved {formatDateTime(policy.updatedAt)}</p>
              </td>
              <td className="px-4 py-3">
                {policy.latestVersion ? (
                  <>
                    <p>Version {policy.latestVersion.number}</p>
                    <p className="mt-0.5 text-xs text-slate-500">effective {formatDateTime(policy.latestVersion.effectiveAt)}</p>
                    {policy.draftChangedSincePublished ? <p className="mt-1"><Badge tone="amber">Draft edited since</Badge></p> : null}
                  </>
                ) : (
                  <Badge>Not published</Badge>
                )}
              </td>
              <td className="px-4 py-3">{drift[policy.id] ?? <span className="text-slate-400">—</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
