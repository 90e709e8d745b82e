import { useTranslations } from "next-intl";
import type { ApiCallRow } from "@/lib/api-tokens/queries";
import { formatDateTime } from "@/lib/format";

/** The call log of one token, newest first. */
export function CallsTable({ calls }: { calls: ApiCallRow[] }) {
  const t = useTranslations("apiTokens.calls");
  if (calls.length === 0) return <p className="px-4 py-3 text-sm text-slate-600">{t("none")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50 text-left text-xs font-medium text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2">{t("time")}</th>
            <th scope="col" className="px-4 py-2">{t("method")}</th>
            <th scope="col" className="px-4 py-2">{t("path")}</th>
            <th scope="col" className="px-4 py-2">{t("status")}</th>
            <th scope="col" className="px-4 py-2">{t("duration")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {calls.map((call) => (
            <tr key={call.id} className="align-top">
              <td className="px-4 py-2 whitespace-nowrap text-slate-700">{formatDateTime(call.at)}</td>
              <td className="px-4 py-2 font-mono text-xs">{call.method}</td>
              <td className="px-4 py-2 font-mono text-xs break-all">{call.path}</td>
              <td className={`px-4 py-2 ${call.status >= 400 ? "text-red-800" : "text-slate-700"}`}>{call.status}</td>
              <td className="px-4 py-2 whitespace-nowrap text-slate-700">{t("ms", { duration: call.durationMs })}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
