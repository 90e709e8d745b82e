import Link from "next/link";
import { useTranslations } from "next-intl";
import type { PolicyDriftRow } from "@/lib/policies/drift-queries";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { DriftBadge } from "./drift-summary";

/** The dashboard's list of policies whose published version no longer matches the register. */
export function DriftCard({ rows }: { rows: PolicyDriftRow[] }) {
  const t = useTranslations("policies.drift");
  const drifting = rows.filter((row) => row.drift.state === "drifting");
  return (
    <Card as="section" aria-labelledby="drift-heading">
      <CardHeader
        titleId="drift-heading"
        title={t("cardTitle")}
        description={t("cardDescription")}
      />
      {drifting.length === 0 ? (
        <EmptyState title={rows.some((row) => row.drift.state !== "unpublished") ? t("allMatch") : t("noneYet")}>
          <Link href="/policies" className="text-blue-700 hover:underline">
            {t("policies")}
          </Link>
        </EmptyState>
      ) : (
        <ul className="divide-y divide-slate-100">
          {drifting.map((row) => (
            <li key={row.id} className="flex flex-wrap items-center justify-between gap-2 px-4 py-2.5 text-sm">
              <Link href={`/policies/${row.id}/versions`} className="font-medium text-blue-800 hover:underline">
                {row.title}
              </Link>
              <DriftBadge drift={row.drift} />
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
