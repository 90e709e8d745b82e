import { servePolicyPage } from "@/lib/policies/public-routes";

// A route handler rather than a page: it answers conditional requests with 304
// and sets ETag, Last-Modified and Cache-Control for CDNs (a page cannot).
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ org: string; policy: string }> }) {
  const { org, policy } = await params;
  return servePolicyPage(request, org, policy, "latest");
}
