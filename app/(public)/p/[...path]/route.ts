import { notFoundResponse } from "@/lib/policies/http";

// Any other address under /p/ (a missing policy segment, an extra one) gets
// the same plain, script-free 404 as an unknown policy, with the public pages'
// strict Content-Security-Policy, rather than the application's not-found page.
export function GET() {
  return notFoundResponse();
}
