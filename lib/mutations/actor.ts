/**
 * Who makes a change. Every mutation takes one, whichever entry point the
 * change comes through; the audit trail names its user (Art. 5(2):
 * accountability), and the organisation is always the actor's, never one
 * named by the input.
 */
import type { Role } from "@prisma/client";
import { hasRole } from "@/lib/auth/roles";
import { message } from "@/lib/i18n/message";
import { failure, type MutationFailure } from "./result";

export type Actor = {
  user: { id: string; email: string };
  organisation: { id: string };
  role: Role;
  /** The API token the change comes through: its creator is the user, with their current role. */
  token?: { id: string; name: string };
};

/**
 * The one role check of every mutation: the refusal for an actor below the
 * role, or null. The entry points' guards refuse first; this holds for every
 * caller, the import and the tests included. `formError` replaces the
 * generic message where a feature words it for its own page.
 */
export function refuseRole(actor: Actor, minimum: Role, formError?: string): MutationFailure | null {
  if (hasRole(actor.role, minimum)) return null;
  if (formError) return failure("refused", { formError });
  return failure("refused", { formError: message("forms.onlyRole", { role: minimum }) });
}
