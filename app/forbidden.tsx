import type { Metadata } from "next";
import Link from "next/link";
import { buttonClassName } from "@/components/ui/button";
import { StatusMessage } from "@/components/ui/status-message";

export const metadata: Metadata = { title: "Forbidden" };

export default function Forbidden() {
  return (
    <main className="px-4">
      <StatusMessage
        code="403"
        title="You do not have permission to do this"
        actions={
          <Link href="/" className={buttonClassName({ variant: "primary" })}>
            Go to the dashboard
          </Link>
        }
      >
        <p>Your role in this organisation does not allow this page or action. If you need it, ask an owner of the organisation to change your role.</p>
      </StatusMessage>
    </main>
  );
}
