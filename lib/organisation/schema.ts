/**
 * The organisation profile: the controller's details (Art. 30(1)(a)), its
 * representative in the Union (Art. 27), its data protection officer
 * (Art. 37–39) and the competent supervisory authority (Art. 51, 77).
 * The slug is not part of it: published policy addresses depend on it. Nor
 * are the languages: changing the default language moves every text of the
 * records, which Settings → Languages does (lib/translations/settings.ts).
 */
import { z } from "zod";
import { optionalEmail, optionalPhone, optionalText, optionalUrl, requiredText } from "@/lib/forms/field-rules";
import { message } from "@/lib/i18n/message";

/**
 * The DPO's form of address, which sets the gender of the title in policies
 * (Datenschutzbeauftragte/-r, déléguée/délégué); the dashboard names them
 * from the `labels.dpoForm` messages.
 */
export const DPO_FORMS = ["FEMININE", "MASCULINE"] as const;

export const REVIEW_INTERVAL_MIN = 1;
export const REVIEW_INTERVAL_MAX = 60;

const address = () => optionalText(1_000);
const intervalMessage = message("organisation.errors.interval", { min: REVIEW_INTERVAL_MIN, max: REVIEW_INTERVAL_MAX });

export const organisationProfileSchema = z.object({
  legalName: requiredText(message("organisation.errors.legalName")),
  address: address(),
  email: optionalEmail(),
  phone: optionalPhone(),
  website: optionalUrl(),

  privacyContactName: optionalText(200),
  privacyContactEmail: optionalEmail(),
  privacyContactAddress: address(),

  representativeName: optionalText(200),
  representativeAddress: address(),
  representativeEmail: optionalEmail(),
  representativePhone: optionalPhone(),

  dpoName: optionalText(200),
  dpoOrganisation: optionalText(200),
  dpoAddress: address(),
  dpoEmail: optionalEmail(),
  dpoPhone: optionalPhone(),
  // Empty: not recorded; the policies then use a neutral title.
  dpoForm: z
    .enum(["", ...DPO_FORMS], { error: "Choose how the DPO is addressed, or “Not recorded”." })
    .default("")
    .transform((value) => (value === "" ? null : value)),

  supervisoryAuthorityName: optionalText(200),
  supervisoryAuthorityWebsite: optionalUrl(),

  reviewIntervalMonths: z.coerce
    .number({ error: intervalMessage })
    .int(message("organisation.errors.intervalWhole", { min: REVIEW_INTERVAL_MIN, max: REVIEW_INTERVAL_MAX }))
    .min(REVIEW_INTERVAL_MIN, intervalMessage)
    .max(REVIEW_INTERVAL_MAX, intervalMessage),
});

/**
 * The next review date proposed after a review on `reviewedOn`: the same day
 * `months` later, or the month's last day where that day does not exist
 * (31 January + 1 month = 28/29 February). Calendar dates, midnight UTC.
 */
export function proposeNextReview(reviewedOn: Date, months: number): Date {
  const year = reviewedOn.getUTCFullYear();
  const month = reviewedOn.getUTCMonth() + months;
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return new Date(Date.UTC(year, month, Math.min(reviewedOn.getUTCDate(), lastDay)));
}
