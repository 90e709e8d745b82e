"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import type { ActivityChoice } from "@/lib/policies/queries";
import type { PolicySectionSpec } from "@/lib/policies/types";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

/** Adds sections: an activity from the register, the DPO's own text, and the generated sections when missing. */
export function AddSectionBar({
  activities,
  included,
  hasController,
  hasRights,
  onAdd,
}: {
  activities: ActivityChoice[];
  included: Set<string>;
  hasController: boolean;
  hasRights: boolean;
  onAdd: (spec: PolicySectionSpec) => void;
}) {
  const t = useTranslations("policyEditor.add");
  const available = activities.filter((a) => !included.has(a.id));
  const [activityId, setActivityId] = useState("");
  const chosen = available.some((a) => a.id === activityId) ? activityId : "";
  return (
    <section aria-labelledby="add-section-heading" className="rounded-lg border border-dashed border-slate-300 bg-slate-50/60 p-3">
      <h2 id="add-section-heading" className="text-sm font-semibold text-slate-900">
        {t("heading")}
      </h2>
      <div className="mt-2 flex flex-wrap items-end gap-2">
        <div className="min-w-0 flex-1 basis-64">
          <label htmlFor="add-activity" className="block text-xs font-medium text-slate-700">
            {t("activity")}
          </label>
          <Select id="add-activity" className="mt-1" value={chosen} onChange={(event) => setActivityId(event.target.value)} disabled={available.length === 0}>
            <option value="">{available.length ? t("choose") : t("allIncluded")}</option>
            {available.map((a) => (
              <option key={a.id} value={a.id}>
                {t(a.status === "RETIRED" ? "optionRetired" : a.status === "DRAFT" ? "optionDraft" : "option", { reference: a.reference, title: a.publicTitle || a.name })}
              </option>
            ))}
          </Select>
        </div>
        <Button
          disabled={!chosen}
          onClick={() => {
            onAdd({ type: "activity", activityId: chosen });
            setActivityId("");
          }}
        >
          {t("addActivity")}
        </Button>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Button onClick={() => onAdd({ type: "markdown", title: "", body: "" })}>{t("addText")}</Button>
        {hasController ? null : <Button onClick={() => onAdd({ type: "controller" })}>{t("addController")}</Button>}
        {hasRights ? null : <Button onClick={() => onAdd({ type: "rights" })}>{t("addRights")}</Button>}
      </div>
    </section>
  );
}
