import { useTranslations } from "next-intl";
import { describeDocumentChange } from "@/lib/policies/document-changes";
import type { DriftState } from "@/lib/policies/drift";
import { Badge } from "@/components/ui/badge";
import { Callout } from "@/components/ui/callout";

/** A short badge for lists: whether the published version still matches the register. */
export function DriftBadge({ drift }: { drift: DriftState }) {
  const t = useTranslations("policies.drift");
  if (drift.state === "unpublished") return <Badge>{t("notPublished")}</Badge>;
  if (drift.state === "in-sync") return <Badge tone="green">{t("inSync")}</Badge>;
  return <Badge tone="amber">{t("outOfDate", { count: drift.changes.length })}</Badge>;
}

/** What a reader would see change if the policy were published again now, by activity and field. */
export function DriftSummary({ drift }: { drift: DriftState }) {
  const t = useTranslations("policies.drift");
  if (drift.state === "unpublished") {
    return <Callout title={t("notPublishedTitle")}>{t("notPublishedBody")}</Callout>;
  }
  if (drift.state === "in-sync") {
    return <Callout title={t("matchesTitle", { number: drift.publishedNumber })}>{t("matchesBody")}</Callout>;
  }
  return (
    <Callout tone="warning" title={t("driftTitle", { number: drift.publishedNumber })}>
      <p>{t("driftBody")}</p>
      <ul className="mt-1 list-disc space-y-0.5 pl-5">
        {drift.changes.map((change, index) => (
          <li key={index}>{describeDocumentChange(change)}</li>
        ))}
      </ul>
    </Callout>
  );
}
