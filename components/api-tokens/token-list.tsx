import Link from "next/link";
import type { ApiTokenRow, ApiTokenStatus } from "@/lib/api-tokens/queries";
import { apiScopeLabels } from "@/lib/api-tokens/schema";
import { formatDateTime } from "@/lib/format";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { RevokeTokenButton } from "./revoke-token-button";

const statusTones: Record<ApiTokenStatus, { label: string; tone: BadgeTone }> = {
  active: { label: "Active", tone: "green" },
  expired: { label: "Expired", tone: "amber" },
  revoked: { label: "Revoked", tone: "neutral" },
};

export function TokenList({ tokens, canManage }: { tokens: ApiTokenRow[]; canManage: boolean }) {
  if (tokens.length === 0) return <p className="px-4 py-3 text-sm text-slate-600">No API tokens yet.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">API tokens</caption>
        <thead className="bg-slate-50 text-left text-xs font-medium text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2">Name</th>
            <th scope="col" className="px-4 py-2">Token</th>
            <th scope="col" className="px-4 py-2">Permissions</th>
            <th scope="col" className="px-4 py-2">Created</th>
            <th scope="col" className="px-4 py-2">Expires</th>
            <th scope="col" className="px-4 py-2">Last used</th>
            <th scope="col" className="px-4 py-2">Status</th>
            {canManage ? <th scope="col" className="px-4 py-2"><span className="sr-only">Actions</span></th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {tokens.map((token) => (
            <tr key={token.id} className="align-top">
              <th scope="row" className="px-4 py-2 text-left font-medium text-slate-900">{token.name}</th>
              <td className="px-4 py-2 font-mono text-xs text-slate-700">{token.prefix}…</td>
              <td className="px-4 py-2 text-slate-700">{token.scopes.map((scope) => apiScopeLabels[scope].label).join(", ") || "None"}</td>
              <td className="px-4 py-2 text-slate-700">
                {formatDateTime(token.createdAt)}
                <span className="block text-xs text-slate-500">by {token.createdBy.name || token.createdBy.email}</span>
              </td>
              <td className="px-4 py-2 text-slate-700">{token.expiresAt ? formatDateTime(token.expiresAt) : "Never"}</td>
              <td className="px-4 py-2 text-slate-700">{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : "Not yet"}</td>
              <td className="px-4 py-2">
                <Badge tone={statusTones[token.status].tone}>{statusTones[token.status].label}</Badge>
              </td>
              {canManage ? (
                <td className="px-4 py-2 text-right">
                  <div className="flex items-center justify-end gap-3">
                    <Link href={`/settings/api/${token.id}`} className="font-medium text-blue-800 underline focus-visible:outline-2 focus-visible:outline-blue-700">
                      Calls<span className="sr-only"> with {token.name}</span>
                    </Link>
                    {token.status === "revoked" ? null : <RevokeTokenButton tokenId={token.id} name={token.name} />}
                  </div>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
