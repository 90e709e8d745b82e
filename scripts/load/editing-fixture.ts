/**
 * The throw-away data of the concurrent-editing load: one organisation with
 * the default catalogues, its editors, and a few small draft activities that
 * every editor works on (few on purpose, so that saves really collide).
 * Everything is removed again by `remove()`.
 */
import { hashPassword } from "../../lib/auth/password";
import { createDefaultCatalogues } from "../../lib/catalogues/defaults";
import type { ActivityFormValues } from "../../lib/activities/schema";
import type { Db } from "../../lib/db";
import { deleteOrganisation } from "../../test/support/delete-organisation";

export type LoadUser = { id: string; email: string; password: string; label: string };
export type LoadActivity = { id: string; reference: string; name: string; description: string; version: number };
export type EditingFixture = {
  organisationId: string;
  users: LoadUser[];
  activities: LoadActivity[];
  remove: () => Promise<void>;
};

export async function createEditingFixture(db: Db, options: { users: number; activities: number }): Promise<EditingFixture> {
  const run = crypto.randomUUID().replaceAll("-", "").slice(0, 10);
  const organisation = await db.organisation.create({
    data: { slug: `load-${run}`, legalName: `Load test ${run}` },
    select: { id: true },
  });
  const organisationId = organisation.id;
  const emails: string[] = [];
  const remove = async () => {
    await db.$transaction((tx) => deleteOrganisation(tx, organisationId));
    await db.user.deleteMany({ where: { email: { in: emails } } });
    await db.loginAttempt.deleteMany({ where: { email: { in: emails } } });
  };
  try {
    await db.$transaction((tx) => createDefaultCatalogues(tx, organisationId));
    // One hash for all: argon2 is deliberately slow, and the users differ only by e-mail.
    const password = `load-${run}-${crypto.randomUUID()}`;
    const passwordHash = await hashPassword(password);
    const users: LoadUser[] = [];
    for (let n = 1; n <= options.users; n++) {
      const email = `editor-${n}-${run}@load.example`;
      emails.push(email);
      const user = await db.user.create({
        data: { email, name: `Load editor ${n}`, passwordHash, memberships: { create: { organisationId, role: "EDITOR" } } },
        select: { id: true },
      });
      users.push({ id: user.id, email, password, label: `editor-${n}` });
    }
    const activities: LoadActivity[] = [];
    for (let n = 1; n <= options.activities; n++) {
      const reference = `LOAD-${String(n).padStart(2, "0")}`;
      const created = await db.processingActivity.create({
        data: { organisationId, reference, name: `Shared activity ${n}`, description: "initial", status: "DRAFT" },
        select: { id: true, reference: true, name: true, description: true, version: true },
      });
      activities.push(created);
    }
    return { organisationId, users, activities, remove };
  } catch (error) {
    await remove();
    throw error;
  }
}

/**
 * The whole form as the activity form submits it for one of the fixture's
 * activities (no purposes, categories or recipients: a draft), with the
 * description changed. `satisfies Required<…>` keeps it complete when the
 * form gains a field.
 */
export function activityFormValues(activity: LoadActivity, description: string, version: number): ActivityFormValues {
  return {
    reference: activity.reference,
    name: activity.name,
    description,
    department: "",
    owner: "",
    status: "DRAFT",
    role: "CONTROLLER",
    jointControllers: [],
    jointControllerArrangement: "",
    clientControllers: [],
    purposes: [],
    dataSubjectCategoryIds: [],
    dataCategories: [],
    recipients: [],
    recipientsNone: false,
    hasTransfers: false,
    transfersNone: false,
    transfers: [],
    securityMeasureIds: [],
    securityDescription: "",
    securityMeasuresNone: false,
    specialCategoriesNone: false,
    dataSource: "DATA_SUBJECT",
    dataSourceDescription: "",
    publicSources: false,
    dpiaRequired: null,
    dpiaStatus: "NOT_ASSESSED",
    dpiaReference: "",
    automatedDecisionMaking: false,
    automatedDecisionLogic: "",
    automatedDecisionConsequences: "",
    provisionRequirement: "NOT_SPECIFIED",
    provisionConsequences: "",
    storageLocation: "",
    lastReviewedOn: "",
    nextReviewOn: "",
    publicTitle: "",
    publicDescription: "",
    consentWithdrawalUrl: "",
    consentWithdrawalInstructions: "",
    version,
  } satisfies Required<ActivityFormValues>;
}
