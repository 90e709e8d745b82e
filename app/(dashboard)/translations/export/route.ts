import type { NextRequest } from "next/server";
import { requireMember } from "@/lib/auth/guard";
import { isLanguage } from "@/lib/translations/languages";
import { exportXliff } from "@/lib/translations/xliff-export";

// Every download reads the current texts; nothing is cached.
export const dynamic = "force-dynamic";

/** The texts of one language as XLIFF 2.0, for a translation agency: `?lang=de&which=open|all`. */
export async function GET(request: NextRequest) {
  // Viewers may read every text and translation: the lowest role is enough.
  const member = await requireMember("VIEWER");
  const lang = request.nextUrl.searchParams.get("lang");
  const which = request.nextUrl.searchParams.get("which") === "all" ? "all" : "open";
  if (!isLanguage(lang)) return new Response("Unknown language.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const xml = await exportXliff(member.organisation.id, lang, which);
  if (xml === null) return new Response("Not found.", { status: 404 });
  return new Response(xml, {
    headers: {
      "Content-Type": "application/xliff+xml; charset=utf-8",
      "Content-Disposition": `attachment; filename="${member.organisation.slug}-${lang}-${which}.xlf"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
