"use client";

import { useEffect } from "react";
import Link from "next/link";
import { isDatabaseUnavailableDigest } from "@/lib/forms/database-outage";
import { Button, buttonClassName } from "@/components/ui/button";
import { StatusMessage } from "@/components/ui/status-message";

/**
 * The body of the error pages. Errors from the server arrive with only a
 * digest that matches the server log; the message and stack stay on the
 * server. A digest marked as a database outage gets its own page: nothing is
 * wrong with what the user did, and trying again shortly will work.
 */
export function ErrorView({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  useEffect(() => {
    console.error(error);
  }, [error]);
  const actions = (
    <>
      <Button variant="primary" onClick={() => retry()}>
        Try again
      </Button>
      <Link href="/" className={buttonClassName()}>
        Go to the dashboard
      </Link>
    </>
  );

  if (isDatabaseUnavailableDigest(digest)) {
    return (
      <StatusMessage code="Temporarily unavailable" title="The register is temporarily unavailable" actions={actions}>
        <p>The database cannot be reached at the moment, so this page cannot be shown. What was saved before is not affected.</p>
        <p>Try again in a moment. If it keeps happening, tell your administrator that the database is not reachable.</p>
      </StatusMessage>
    );
  }

  return (
    <StatusMessage code="Error" title="Sorry, something went wrong" actions={actions}>
      <p>
        The page could not be shown because of an error on our side. Try again; if it keeps happening, tell your administrator
        {digest ? ", with the error reference below" : ""}.
      </p>
      {digest ? (
        <p>
          Error reference: <code className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-800">{digest}</code>
        </p>
      ) : null}
    </StatusMessage>
  );
}
