import "server-only";
import { headers } from "next/headers";
import { currentMember } from "@/lib/auth/guard";
import { getLocalePreference } from "@/lib/preferences/queries";
import { negotiateLocale, type Locale } from "./locales";

/**
 * The dashboard language of this request: the signed-in user's choice (account
 * page), else the best match of the browser's Accept-Language, else English.
 */
export async function requestLocale(): Promise<Locale> {
  try {
    const member = await currentMember();
    const chosen = member ? await getLocalePreference(member.user.id) : null;
    if (chosen) return chosen;
  } catch {
    // The database is unreachable: the error page that follows must still
    // render, so it is shown in the browser's language instead.
  }
  return negotiateLocale((await headers()).get("accept-language"));
}
