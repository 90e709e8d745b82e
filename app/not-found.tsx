import type { Metadata } from "next";
import Link from "next/link";
import { buttonClassName } from "@/components/ui/button";
import { StatusMessage } from "@/components/ui/status-message";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <main className="px-4">
      <StatusMessage
        code="404"
        title="Page not found"
        actions={
          <Link href="/" className={buttonClassName({ variant: "primary" })}>
            Go to the dashboard
          </Link>
        }
      >
        <p>There is nothing at this address. The link may be mistyped, or the page may have been moved or deleted.</p>
      </StatusMessage>
    </main>
  );
}
