import { serveVersions } from "@/lib/policies/public-routes";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ org: string; policy: string; lang: string }> }) {
  const { org, policy, lang } = await params;
  return serveVersions(request, org, policy, lang);
}
