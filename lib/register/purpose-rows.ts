/**
 * Each purpose of an activity with its own legal bases and legitimate
 * interests, kept together (Art. 30(1)(b) with Art. 6(1) and 13(1)(d)): the
 * spreadsheet writes one line per purpose so a reader sees which basis
 * belongs to which purpose, however the sheet is sorted or filtered.
 */
import { basisLabel, type Lookup } from "./lines";
import type { RecordsActivity, RecordsLegalBasis } from "@/lib/records/read-model";

export type PurposeRow = {
  description: string;
  /** "Art. 6(1)(b) GDPR – Contract", in the order the purpose lists them. */
  legalBases: string[];
  legitimateInterests: string;
  balancingTestReference: string;
};

export function purposeRows(activity: RecordsActivity, lookup: Lookup): PurposeRow[] {
  return activity.purposes.map((purpose) => ({
    description: purpose.description,
    legalBases: purpose.legalBasisIds
      .map((id) => lookup.legalBases.get(id))
      .filter((basis): basis is RecordsLegalBasis => basis !== undefined)
      .map(basisLabel),
    legitimateInterests: purpose.legitimateInterests.trim(),
    balancingTestReference: purpose.balancingTestReference.trim(),
  }));
}
