/**
 * The state of a processing activity as the audit trail keeps it: every field,
 * and the linked catalogue entries by id and by name, so an event stays
 * readable after an entry is renamed or deleted. Each list item carries a
 * `label`, which the before/after difference shows.
 */
import type { Prisma } from "@prisma/client";
import { activityRecordFields } from "./fields";

export const snapshotSelect = {
  ...activityRecordFields,
  version: true,
  createdById: true,
  updatedById: true,
  purposes: {
    orderBy: { position: "asc" },
    select: {
      description: true,
      legitimateInterests: true,
      balancingTestReference: true,
      directMarketing: true,
      legalBases: { select: { legalBasis: { select: { id: true, citation: true } } } },
    },
  },
  dataSubjects: { select: { dataSubjectCategory: { select: { id: true, name: true } } } },
  dataCategories: {
    orderBy: { position: "asc" },
    select: {
      details: true,
      retention: true,
      dataCategory: { select: { id: true, name: true } },
      art9Condition: { select: { id: true, citation: true } },
    },
  },
  recipients: { select: { role: true, note: true, recipient: { select: { id: true, name: true } } } },
  transfers: {
    orderBy: { id: "asc" },
    select: {
      countryCode: true,
      internationalOrganisation: true,
      safeguard: true,
      safeguardDetails: true,
      safeguardReference: true,
      country: { select: { name: true } },
      recipient: { select: { id: true, name: true } },
    },
  },
  securityMeasures: { select: { securityMeasure: { select: { id: true, name: true } } } },
} satisfies Prisma.ProcessingActivitySelect;

type Row = Prisma.ProcessingActivityGetPayload<{ select: typeof snapshotSelect }>;

const day = (value: Date | null) => (value ? value.toISOString().slice(0, 10) : null);
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

export function toActivitySnapshot(row: Row) {
  const { purposes, dataSubjects, dataCategories, recipients, transfers, securityMeasures, ...fields } = row;
  const parties = (role: string) =>
    recipients
      .filter((party) => party.role === role)
      .map((party) => ({ id: party.recipient.id, name: party.recipient.name, note: party.note, label: party.note ? `${party.recipient.name} (${party.note})` : party.recipient.name }))
      .sort(byName);
  return {
    ...fields,
    lastReviewedOn: day(fields.lastReviewedOn),
    nextReviewOn: day(fields.nextReviewOn),
    purposes: purposes.map((purpose) => {
      const legalBases = purpose.legalBases.map((b) => ({ id: b.legalBasis.id, name: b.legalBasis.citation }));
      return {
        description: purpose.description,
        legalBases,
        legitimateInterests: purpose.legitimateInterests,
        balancingTestReference: purpose.balancingTestReference,
        directMarketing: purpose.directMarketing,
        label: [
          legalBases.length ? `${purpose.description} (${legalBases.map((b) => b.name).join("; ")})` : purpose.description,
          purpose.directMarketing ? "direct marketing" : "",
        ]
          .filter(Boolean)
          .join(", "),
      };
    }),
    dataSubjects: dataSubjects.map((s) => s.dataSubjectCategory).sort(byName),
    dataCategories: dataCategories.map((row) => ({
      id: row.dataCategory.id,
      name: row.dataCategory.name,
      details: row.details,
      retention: row.retention,
      art9Condition: row.art9Condition ? { id: row.art9Condition.id, name: row.art9Condition.citation } : null,
      label: [row.dataCategory.name, row.retention && `retention: ${row.retention}`, row.art9Condition?.citation].filter(Boolean).join(", "),
    })),
    jointControllers: parties("JOINT_CONTROLLER"),
    clientControllers: parties("CLIENT_CONTROLLER"),
    recipients: parties("RECIPIENT"),
    transfers: transfers.map((t) => {
      const destination = t.country?.name ?? t.internationalOrganisation;
      return {
        countryCode: t.countryCode,
        internationalOrganisation: t.internationalOrganisation,
        recipient: t.recipient,
        safeguard: t.safeguard,
        safeguardDetails: t.safeguardDetails,
        safeguardReference: t.safeguardReference,
        label: [destination, t.recipient?.name, t.safeguard].filter(Boolean).join(", "),
      };
    }),
    securityMeasures: securityMeasures.map((m) => m.securityMeasure).sort(byName),
  };
}

export type ActivitySnapshot = ReturnType<typeof toActivitySnapshot>;

/** The snapshot of one of the organisation's activities, or null when there is none with that id. */
export async function loadActivitySnapshot(tx: Prisma.TransactionClient, organisationId: string, id: string): Promise<ActivitySnapshot | null> {
  const row = await tx.processingActivity.findFirst({ where: { id, organisationId }, select: snapshotSelect });
  return row ? toActivitySnapshot(row) : null;
}
