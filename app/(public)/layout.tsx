import type { ReactNode } from "react";

// Public pages have no dashboard shell and no session: nothing under (public)
// calls requireMember. The policy pages themselves are route handlers that
// return complete HTML documents (for ETag/304 and CDN caching).
export default function PublicLayout({ children }: { children: ReactNode }) {
  return <>{children}</>;
}
