"use server";

import { signOut } from "@/lib/auth";
import { requireMemberForAction } from "@/lib/auth/guard";
import { endAllSessions } from "./sessions";

/** Ends this session: Auth.js deletes the cookie, and its signOut event the server-side session (lib/auth/session-callbacks.ts). */
export async function signOutAction() {
  await signOut({ redirectTo: "/login" });
}

/** Ends every session of the member's account, on every browser, this one included (for a lost device or a copied cookie). */
export async function signOutEverywhereAction() {
  const member = await requireMemberForAction("VIEWER");
  await endAllSessions(member.user.id);
  await signOut({ redirectTo: "/login" });
}
