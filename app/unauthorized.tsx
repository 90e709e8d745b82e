import type { Metadata } from "next";
import Link from "next/link";
import { buttonClassName } from "@/components/ui/button";
import { StatusMessage } from "@/components/ui/status-message";

export const metadata: Metadata = { title: "Sign in again" };

// What a server action answers when the session has ended (lib/auth/guard.ts).
export default function Unauthorized() {
  return (
    <main className="px-4">
      <StatusMessage
        code="401"
        title="Your session has ended"
        actions={
          <Link href="/login" className={buttonClassName({ variant: "primary" })}>
            Sign in again
          </Link>
        }
      >
        <p>Nothing was changed. Sign in again, then repeat what you were doing.</p>
      </StatusMessage>
    </main>
  );
}
