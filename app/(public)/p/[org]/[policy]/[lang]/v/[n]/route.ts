import { parseVersionNumber, notFoundResponse } from "@/lib/policies/http";
import { servePolicyPage } from "@/lib/policies/public-routes";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ org: string; policy: string; lang: string; n: string }> }) {
  const { org, policy, lang, n } = await params;
  const number = parseVersionNumber(n);
  if (number === null) return notFoundResponse();
  return servePolicyPage(request, org, policy, number, lang);
}
