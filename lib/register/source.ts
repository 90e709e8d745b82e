/**
 * What the register is built from: an organisation's records (the shared
 * read model, lib/records/read-model.ts) with the filters they were selected
 * by and the moment they were read. lib/register/queries.ts loads it; the
 * builder, the completeness checks and the exports read it.
 */
import type { ActivityStatus } from "@prisma/client";
import type { OrganisationRecords } from "@/lib/records/read-model";

export type RegisterFilters = { status?: ActivityStatus; department?: string };

export type RegisterSource = OrganisationRecords & {
  filters: RegisterFilters;
  generatedAt: Date;
};
