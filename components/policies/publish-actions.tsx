import Link from "next/link";
import { useTranslations } from "next-intl";
import type { DriftState } from "@/lib/policies/drift";
import { buttonClassName } from "@/components/ui/button";
import { DriftBadge } from "./drift-summary";

/**
 * The policy page's slot for publishing: whether the published version still
 * matches the register, a link to the versions and, for DPOs and owners, to publishing.
 */
export function PublishActions({ policyId, canPublish, drift }: { policyId: string; canPublish: boolean; drift: DriftState | null }) {
  const t = useTranslations("policyEditor.page");
  return (
    <>
      {drift ? (
        <Link href={`/policies/${policyId}/versions`} className="rounded focus-visible:outline-2 focus-visible:outline-blue-600">
          <DriftBadge drift={drift} />
        </Link>
      ) : null}
      <Link href={`/policies/${policyId}/versions`} className={buttonClassName()}>
        {t("versionsAndDrift")}
      </Link>
      {canPublish ? (
        <Link href={`/policies/${policyId}/publish`} className={buttonClassName({ variant: "primary" })}>
          {t("publish")}
        </Link>
      ) : null}
    </>
  );
}
