import { describe, expect, it } from "vitest";
import { en } from "@/messages/en";
import * as tables from "@/lib/labels";
import { dpaStateLabels } from "@/lib/recipients/dpa";

// The dashboard reads enum labels from the "labels" namespace (in the
// reader's language); exports and the API read the English tables of lib/.
// Both must name the same values with the same English words, so that a new
// enum value cannot be missing from the dashboard. (The DPO's grammatical
// form and the DPIA hints are dashboard-only: they have no English table.)
const pairs: [keyof typeof en.labels, Record<string, string>][] = [
  ["activityStatus", tables.activityStatusLabels],
  ["processingRole", tables.processingRoleLabels],
  ["recipientKind", tables.recipientKindLabels],
  ["recipientKindGroup", tables.recipientKindGroupLabels],
  ["partyRole", tables.partyRoleLabels],
  ["safeguard", tables.safeguardLabels],
  ["securityGroup", tables.securityGroupLabels],
  ["legalBasisArticle", tables.legalBasisArticleLabels],
  ["dataSource", tables.dataSourceLabels],
  ["dpiaStatus", tables.dpiaStatusLabels],
  ["provisionRequirement", tables.provisionRequirementLabels],
  ["dpaState", dpaStateLabels],
];

describe("the labels namespace", () => {
  it.each(pairs)("%s has every value of the English table, worded the same", (namespace, table) => {
    expect(en.labels[namespace]).toEqual(table);
  });
});
