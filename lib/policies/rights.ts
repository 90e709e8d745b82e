/**
 * Which data subject rights a policy states, derived from the legal bases the
 * included activities actually use (Art. 13(2)(b)-(d), 14(2)(c)-(e)). Listing
 * every right for every processing is as wrong as leaving one out.
 */
import type { LegalBasisArticle } from "@prisma/client";
import type { RightKey } from "./wording";

export type BasisRef = { article: LegalBasisArticle; letter: string };

export type RightsInput = {
  /** Every Art. 6(1) basis and Art. 9(2) condition used by the included activities. */
  legalBases: BasisRef[];
  /** Whether any included purpose is recorded as direct marketing (Purpose.directMarketing, Art. 21(2)). */
  directMarketing: boolean;
};

export type DerivedRights = {
  rights: RightKey[];
  /** Art. 21(1): objection on grounds of the person's particular situation, for 6(1)(e)/(f). */
  objectionToProcessing: boolean;
  /** Art. 21(2): objection to direct marketing, unconditional. */
  objectionToMarketing: boolean;
};

const is = (basis: BasisRef, article: LegalBasisArticle, letter: string) => basis.article === article && basis.letter === letter;

export function deriveRights({ legalBases, directMarketing }: RightsInput): DerivedRights {
  const uses = (article: LegalBasisArticle, letter: string) => legalBases.some((basis) => is(basis, article, letter));
  const consent = uses("ART6", "a") || uses("ART9", "a");
  // Art. 20(1)(a): portability applies to processing based on consent or contract.
  const portability = consent || uses("ART6", "b");
  // Art. 21(1): objection against 6(1)(e) and (f); Art. 21(2): always against direct marketing.
  const objectionToProcessing = uses("ART6", "e") || uses("ART6", "f");
  const objectionToMarketing = directMarketing;

  // Art. 15-18 apply to every processing; Art. 77 always.
  const rights: RightKey[] = ["access", "rectification", "erasure", "restriction"];
  if (portability) rights.push("portability");
  if (objectionToProcessing || objectionToMarketing) rights.push("objection");
  // Art. 13(2)(c) / 7(3): withdrawal only where consent is the basis.
  if (consent) rights.push("withdrawConsent");
  rights.push("complaint");
  return { rights, objectionToProcessing, objectionToMarketing };
}
