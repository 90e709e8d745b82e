import type { NextRequest } from "next/server";
import { requireMember } from "@/lib/auth/guard";
import { startedHere } from "@/lib/http/same-origin";
import { exportRegister } from "@/lib/register/export";
import { findExportFormat } from "@/lib/register/formats";
import { parseRegisterFilters, registerLanguages } from "@/lib/register/queries";
import { languageName, type Language } from "@/lib/translations/languages";

// Every export reads the current records; nothing is cached.
export const dynamic = "force-dynamic";

export async function GET(request: NextRequest, { params }: { params: Promise<{ format: string }> }) {
  // Viewers may read and export: the lowest role is enough.
  const member = await requireMember("VIEWER");
  // An export writes an audit event: a link on another site must not record one in the member's name.
  if (!startedHere(request)) {
    console.info(`Refused a register export started from another site (user ${member.user.id}).`);
    return new Response("Refused: start the export from the register page of this application.", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const { format } = await params;
  if (!findExportFormat(format)) return new Response("Unknown export format.", { status: 404 });
  const filters = parseRegisterFilters(Object.fromEntries(request.nextUrl.searchParams));
  // ?language=de: the register in one of the languages the organisation keeps; without it, the default language.
  const asked = request.nextUrl.searchParams.get("language");
  const languages = await registerLanguages(member.organisation.id);
  const language = languages.find((candidate) => candidate === asked);
  if (asked !== null && !language) {
    const kept = languages.map((code: Language) => `${languageName(code, "en")} (${code})`).join(", ");
    return new Response(`This register is kept in ${kept}: choose one of these languages.`, { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const result = await exportRegister(member, format, filters, new Date(), language);
  if (!result) return new Response("This export is not available.", { status: 404 });
  const body = typeof result.body === "string" ? result.body : new Uint8Array(result.body);
  return new Response(body, {
    headers: {
      "Content-Type": result.contentType,
      "Content-Disposition": `attachment; filename="${result.fileName}"`,
      "Cache-Control": "no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
