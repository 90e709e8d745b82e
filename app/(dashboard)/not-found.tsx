import Link from "next/link";
import { buttonClassName } from "@/components/ui/button";
import { StatusMessage } from "@/components/ui/status-message";

// Inside the shell, so the navigation stays at hand. The same answer for a
// record that does not exist and one of another organisation: nothing leaks.
export default function DashboardNotFound() {
  return (
    <StatusMessage
      code="404"
      title="Not found"
      actions={
        <>
          <Link href="/activities" className={buttonClassName({ variant: "primary" })}>
            All activities
          </Link>
          <Link href="/" className={buttonClassName()}>
            Dashboard
          </Link>
        </>
      }
    >
      <p>This record does not exist in the current organisation. It may have been deleted, or it may belong to another organisation: switch organisation if you are a member of several.</p>
    </StatusMessage>
  );
}
