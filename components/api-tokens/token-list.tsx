import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ApiTokenRow, ApiTokenStatus } from "@/lib/api-tokens/queries";
import { formatDateTime } from "@/lib/format";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { RevokeTokenButton } from "./revoke-token-button";

const statusTones: Record<ApiTokenStatus, BadgeTone> = {
  active: "green",
  expired: "amber",
  revoked: "neutral",
};

export function TokenList({ tokens, canManage }: { tokens: ApiTokenRow[]; canManage: boolean }) {
  const t = useTranslations("apiTokens.list");
  const scopeText = useTranslations("apiTokens.scopes");
  if (tokens.length === 0) return <p className="px-4 py-3 text-sm text-slate-600">{t("none")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead className="bg-slate-50 text-left text-xs font-medium text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-2">{t("name")}</th>
            <th scope="col" className="px-4 py-2">{t("token")}</th>
            <th scope="col" className="px-4 py-2">{t("permissions")}</th>
            <th scope="col" className="px-4 py-2">{t("created")}</th>
            <th scope="col" className="px-4 py-2">{t("expires")}</th>
            <th scope="col" className="px-4 py-2">{t("lastUsed")}</th>
            <th scope="col" className="px-4 py-2">{t("status")}</th>
            {canManage ? <th scope="col" className="px-4 py-2"><span className="sr-only">{t("actions")}</span></th> : null}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-200">
          {tokens.map((token) => (
            <tr key={token.id} className="align-top">
              <th scope="row" className="px-4 py-2 text-left font-medium text-slate-900">{token.name}</th>
              <td className="px-4 py-2 font-mono text-xs text-slate-700">{token.prefix}…</td>
              <td className="px-4 py-2 text-slate-700">{token.scopes.map((scope) => scopeText(`${scope}.label`)).join(", ") || t("noScopes")}</td>
              <td className="px-4 py-2 text-slate-700">
                {formatDateTime(token.createdAt)}
                <span className="block text-xs text-slate-500">{t("by", { who: token.createdBy.name || token.createdBy.email })}</span>
              </td>
              <td className="px-4 py-2 text-slate-700">{token.expiresAt ? formatDateTime(token.expiresAt) : t("never")}</td>
              <td className="px-4 py-2 text-slate-700">{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : t("notYet")}</td>
              <td className="px-4 py-2">
                <Badge tone={statusTones[token.status]}>{t(`statuses.${token.status}`)}</Badge>
              </td>
              {canManage ? (
                <td className="px-4 py-2 text-right">
                  <div className="flex items-center justify-end gap-3">
                    <Link href={`/settings/api/${token.id}`} className="font-medium text-blue-800 underline focus-visible:outline-2 focus-visible:outline-blue-700">
                      {t("calls")}<span className="sr-only">{t("callsWith", { name: token.name })}</span>
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
