import type { Prisma } from "@prisma/client";

/**
 * Deletes an organisation and everything it holds. Activities go first: their
 * links to catalogue entries are RESTRICT (an entry in use cannot be deleted),
 * and PostgreSQL checks RESTRICT during the cascade from Organisation, before
 * it has reached the links.
 */
export async function deleteOrganisation(tx: Prisma.TransactionClient, organisationId: string) {
  await tx.processingActivity.deleteMany({ where: { organisationId } });
  await tx.organisation.delete({ where: { id: organisationId } });
}
