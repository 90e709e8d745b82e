import { useLocale, useTranslations } from "next-intl";
import { citeArticle } from "./article-citation";
import type { PolicyVersionRow } from "@/lib/policies/drift-queries";
import type { StoredFinding } from "@/lib/policies/stored-findings";
import { formatDate, formatDateTime } from "@/lib/format";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { MessageText } from "@/components/ui/message-text";

const severityTone: Record<StoredFinding["severity"], BadgeTone> = { error: "red", warning: "amber", info: "blue" };
const summaryKey = { error: "summaryErrors", warning: "summaryWarnings", info: "summaryNotes" } as const;

/** The findings stored with a version, folded: what the checks reported when it was published or recorded. */
function VersionFindings({ version }: { version: PolicyVersionRow }) {
  const t = useTranslations("policyEditor.versions");
  const tf = useTranslations("policyEditor.findings");
  const locale = useLocale();
  const { findings } = version;
  if (findings.length === 0) return null;
  const bySeverity = (["error", "warning", "info"] as const)
    .map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, n]) => n > 0)
    .map(([severity, n]) => t(summaryKey[severity], { count: n }))
    .join(", ");
  return (
    <details className="group mt-2 whitespace-normal">
      <summary className="cursor-pointer text-xs font-medium text-blue-700 hover:underline focus-visible:outline-2 focus-visible:outline-blue-600">
        {t("findingsSummary", { origin: version.origin, summary: bySeverity })}
      </summary>
      <ul aria-label={t("findingsOf", { number: version.number })} className="mt-2 divide-y divide-slate-100 border-t border-slate-100">
        {findings.map((finding) => (
          <li key={finding.id} className="flex gap-3 py-2">
            <span className="shrink-0 pt-0.5">
              <Badge tone={severityTone[finding.severity]}>{tf(`severity.${finding.severity}`)}</Badge>
            </span>
            <div className="min-w-0 text-sm">
              <p className="text-slate-900">
                <MessageText text={finding.message} />
              </p>
              <p className="mt-0.5 text-xs text-slate-500">
                {finding.acknowledged ? t("acknowledged", { article: citeArticle(finding.article, locale) }) : tf("article", { article: citeArticle(finding.article, locale) })}
              </p>
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}

function VersionOrigin({ version }: { version: PolicyVersionRow }) {
  const t = useTranslations("policyEditor.versions");
  if (version.origin === "RECORDED") {
    return (
      <>
        <Badge tone="violet">{t("recorded")}</Badge>
        <p className="mt-1 text-slate-700">{t("recordedBody")}</p>
        <p className="text-xs text-slate-500">{t("recordedBy", { date: formatDateTime(version.createdAt), name: version.publishedBy })}</p>
      </>
    );
  }
  return (
    <>
      <Badge>{t("publishedHere")}</Badge>
      <p className="mt-1 whitespace-nowrap">{formatDateTime(version.createdAt)}</p>
      <p className="text-xs text-slate-500">{t("by", { name: version.publishedBy })}</p>
    </>
  );
}

/** The published versions of a policy, with links to their public pages (plain links: those are not app pages). */
export function VersionsTable({ versions, publicBase }: { versions: PolicyVersionRow[]; publicBase: string }) {
  const t = useTranslations("policyEditor.versions");
  if (versions.length === 0) return <EmptyState title={t("emptyTitle")}>{t("emptyBody")}</EmptyState>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="border-b border-slate-200 text-xs text-slate-500">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">{t("version")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("effective")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("origin")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("changeSummary")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("publicPages")}</th>
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
                  {t("view")}
                  <span className="sr-only"> {t("viewVersion", { number: version.number })}</span>
                </a>
                {version.number > 1 ? (
                  <>
                    {" · "}
                    <a href={`${publicBase}/compare?from=${version.number - 1}&to=${version.number}`} className="text-blue-700 hover:underline">
                      {t("compare")}
                      <span className="sr-only"> {t("compareVersions", { number: version.number, previous: version.number - 1 })}</span>
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
