import { signOutEverywhereAction } from "@/lib/auth/session-actions";
import { Button } from "@/components/ui/button";

/** Ends every session of the account, this one included: for a lost device or a session cookie that may have been copied. */
export function SignOutEverywhereForm({ activeSessions }: { activeSessions: number }) {
  return (
    <form action={signOutEverywhereAction} className="space-y-3">
      <p className="text-sm text-slate-700">
        You are signed in on {activeSessions === 1 ? "1 browser" : `${activeSessions} browsers`}, this one included.
      </p>
      <Button type="submit">Sign out everywhere</Button>
    </form>
  );
}
