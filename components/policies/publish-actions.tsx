import Link from "next/link";
import type { DriftState } from "@/lib/policies/drift";
import { buttonClassName } from "@/components/ui/button";
import { DriftBadge } from "./drift-summary";

/**
 * The policy page's slot for publishing: whether the published version still
 * matches the register, a link to the versions and, for DPOs and owners, to publishing.
 */
export function PublishActions({ policyId, canPublish, drift }: { policyId: string; canPublish: boolean; drift: DriftState | null }) {
  return (
    <>
      {drift ? (
        <Link href={`/policies/${policyId}/versions`} className="rounded focus-visible:outline-2 focus-visible:outline-blue-600">
          <DriftBadge drift={drift} />
        </Link>
      ) : null}
      <Link href={`/policies/${policyId}/versions`} className={buttonClassName()}>
        Versions &amp; drift
      </Link>
      {canPublish ? (
        <Link href={`/policies/${policyId}/publish`} className={buttonClassName({ variant: "primary" })}>
          Publish…
        </Link>
      ) : null}
    </>
  );
}
