import { describeDocumentChange } from "@/lib/policies/document-changes";
import type { DriftState } from "@/lib/policies/drift";
import { Badge } from "@/components/ui/badge";
import { Callout } from "@/components/ui/callout";

/** A short badge for lists: whether the published version still matches the register. */
export function DriftBadge({ drift }: { drift: DriftState }) {
  if (drift.state === "unpublished") return <Badge>Not published</Badge>;
  if (drift.state === "in-sync") return <Badge tone="green">In sync with the register</Badge>;
  const n = drift.changes.length;
  return <Badge tone="amber">{`Out of date: ${n} ${n === 1 ? "change" : "changes"}`}</Badge>;
}

/** What a reader would see change if the policy were published again now, by activity and field. */
export function DriftSummary({ drift }: { drift: DriftState }) {
  if (drift.state === "unpublished") {
    return <Callout title="Not published yet">This policy has no published version; its public page does not exist yet.</Callout>;
  }
  if (drift.state === "in-sync") {
    return <Callout title={`Version ${drift.publishedNumber} matches the register`}>The published policy states what the records state now.</Callout>;
  }
  return (
    <Callout tone="warning" title={`The published version ${drift.publishedNumber} no longer matches the register`}>
      <p>Composed from the records as they are now, the policy would read differently here. Publish a new version so that readers are informed correctly.</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {drift.changes.map((change, index) => (
          <li key={index}>{describeDocumentChange(change)}</li>
        ))}
      </ul>
    </Callout>
  );
}
