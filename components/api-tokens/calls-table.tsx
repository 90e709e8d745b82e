import type { ApiCallRow } from "@/lib/api-tokens/queries";
import { formatDateTime } from "@/lib/format";

/** The call log of one token, newest first. */
export function CallsTable({ calls }: { calls: ApiCallRow[] }) {
  if (calls.length === 0) return <p className="px-4 py-3 text-sm text-slate-600">No calls with this token yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">Calls made with this token, newest first</caption>
        <thead className="bg-slate-50 text-left text-xs font-medium text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2">Time</th>
            <th scope="col" className="px-4 py-2">Method</th>
            <th scope="col" className="px-4 py-2">Path</th>
            <th scope="col" className="px-4 py-2">Status</th>
            <th scope="col" className="px-4 py-2">Duration</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {calls.map((call) => (
            <tr key={call.id} className="align-top">
              <td className="px-4 py-2 whitespace-nowrap text-slate-700">{formatDateTime(call.at)}</td>
              <td className="px-4 py-2 font-mono text-xs">{call.method}</td>
              <td className="px-4 py-2 font-mono text-xs break-all">{call.path}</td>
              <td className={`px-4 py-2 ${call.status >= 400 ? "text-red-800" : "text-slate-700"}`}>{call.status}</td>
              <td className="px-4 py-2 whitespace-nowrap text-slate-700">{call.durationMs} ms</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
