import { serveVersionJson } from "@/lib/policies/public-routes";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ org: string; policy: string; lang: string; n: string }> }) {
  const { org, policy, lang, n } = await params;
  return serveVersionJson(request, org, policy, n, lang);
}
