/**
 * Whether a recorded transfer has a ground under Chapter V (Art. 44-49), so
 * the register can say plainly when one is missing.
 */
import type { TransferSafeguard } from "@prisma/client";

export type TransferToAssess = {
  country: { name: string; eea: boolean; adequacy: boolean } | null;
  // Art. 30(1)(e): the destination may be an international organisation instead of a country.
  internationalOrganisation?: string;
  safeguard: TransferSafeguard | null;
  safeguardDetails: string;
};

/** The destination as people read it: the country, or the international organisation. */
export function transferDestination(transfer: Pick<TransferToAssess, "country" | "internationalOrganisation">): string {
  return transfer.country?.name ?? (transfer.internationalOrganisation?.trim() || "No destination recorded");
}

/** Why a transfer is flagged, for a view that words it in the reader's language (its own catalogue). */
export type TransferProblem =
  | "no-destination"
  | "organisation-without-safeguard"
  | "derogation-without-point"
  | "within-eea"
  | "adequacy-may-cover"
  | "no-ground"
  | "adequacy-not-recorded";

/**
 * `message` is the English sentence the register's completeness check shows;
 * `problem` names the same finding for the dashboard, which words it itself.
 */
export type TransferAssessment = { level: "ok" | "info" | "warning"; message: string; problem?: TransferProblem };

export function assessTransfer(transfer: TransferToAssess): TransferAssessment {
  const { country, safeguard, safeguardDetails } = transfer;
  if (!country) {
    const organisation = transfer.internationalOrganisation?.trim();
    if (!organisation) {
      return { level: "warning", problem: "no-destination", message: "Neither a country nor an international organisation is recorded for this transfer." };
    }
    // No adequacy decision for an international organisation exists so far:
    // a transfer to one needs an Art. 46 safeguard or an Art. 49 derogation.
    if (!safeguard || safeguard === "ADEQUACY") {
      return { level: "warning", problem: "organisation-without-safeguard", message: `No safeguard recorded for the transfer to ${organisation} (Art. 46 or 49).` };
    }
    if (safeguard === "DEROGATION" && !safeguardDetails.trim()) {
      return { level: "warning", problem: "derogation-without-point", message: "Art. 49 derogation without the point of Art. 49(1) relied on." };
    }
    return { level: "ok", message: "" };
  }
  if (country.eea) {
    return { level: "info", problem: "within-eea", message: `${country.name} is in the EU/EEA: this is not a transfer to a third country.` };
  }
  if (!safeguard) {
    return country.adequacy
      ? { level: "info", problem: "adequacy-may-cover", message: `No safeguard recorded; ${country.name} has an adequacy decision (Art. 45) that may cover it.` }
      : {
          level: "warning",
          problem: "no-ground",
          message: `No safeguard recorded and no adequacy decision for ${country.name}: this transfer has no recorded ground under Art. 44–49.`,
        };
  }
  if (safeguard === "ADEQUACY" && !country.adequacy) {
    return {
      level: "warning",
      problem: "adequacy-not-recorded",
      message: `An adequacy decision is named as the safeguard, but none is recorded for ${country.name} (Art. 45).`,
    };
  }
  // Art. 30(1)(e) and 49(6): a derogation must be documented, naming the point relied on.
  if (safeguard === "DEROGATION" && !safeguardDetails.trim()) {
    return { level: "warning", problem: "derogation-without-point", message: "Art. 49 derogation without the point of Art. 49(1) relied on." };
  }
  return { level: "ok", message: "" };
}
