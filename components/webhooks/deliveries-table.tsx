import { useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/format";
import { Badge } from "@/components/ui/badge";

export type DeliveryRow = {
  id: string;
  eventId: string;
  eventType: string;
  attempt: number;
  statusCode: number | null;
  durationMs: number | null;
  error: string | null;
  nextRetryAt: Date | null;
  createdAt: Date;
  payload: unknown;
};

/** The delivery log of one endpoint: every attempt, newest first, with the payload that was sent. */
export function DeliveriesTable({ deliveries }: { deliveries: DeliveryRow[] }) {
  const t = useTranslations("webhooks.deliveries");
  if (deliveries.length === 0) return <p className="px-4 py-3 text-sm text-slate-600">{t("none")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50 text-left text-xs text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2 font-medium">{t("time")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("event")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("attempt")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("result")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("duration")}</th>
            <th scope="col" className="px-4 py-2 font-medium">{t("payload")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {deliveries.map((row) => {
            const ok = row.error === null;
            return (
              <tr key={row.id} className="align-top">
                <td className="px-4 py-2 whitespace-nowrap">{formatDateTime(row.createdAt)}</td>
                <td className="px-4 py-2">
                  <code className="text-xs">{row.eventType}</code>
                  <div className="font-mono text-xs text-slate-500">{row.eventId}</div>
                </td>
                <td className="px-4 py-2">{row.attempt}</td>
                <td className="px-4 py-2">
                  <Badge tone={ok ? "green" : "red"}>{ok ? t("delivered") : t("failed")}</Badge>
                  <span className="ml-2">{row.statusCode === null ? t("noResponse") : t("http", { status: row.statusCode })}</span>
                  {row.error ? <div className="text-xs text-red-800">{row.error}</div> : null}
                  {row.nextRetryAt ? <div className="text-xs text-slate-600">{t("nextAttempt", { date: formatDateTime(row.nextRetryAt) })}</div> : null}
                </td>
                <td className="px-4 py-2 whitespace-nowrap">{row.durationMs === null ? "–" : t("ms", { duration: row.durationMs })}</td>
                <td className="px-4 py-2">
                  <details>
                    <summary className="cursor-pointer text-blue-800 underline focus-visible:outline-2 focus-visible:outline-blue-700">{t("showPayload")}</summary>
                    <pre className="mt-1 max-w-xl overflow-x-auto rounded bg-slate-50 p-2 text-xs">{JSON.stringify(row.payload, null, 2)}</pre>
                  </details>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
