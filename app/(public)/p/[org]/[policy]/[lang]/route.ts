import { servePolicyPage } from "@/lib/policies/public-routes";

// The policy in one of its languages (/p/<org>/<policy>/de); the plain address serves its default language.
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ org: string; policy: string; lang: string }> }) {
  const { org, policy, lang } = await params;
  return servePolicyPage(request, org, policy, "latest", lang);
}
