"use client";

import { useEffect } from "react";
import Link from "next/link";
import { Button, buttonClassName } from "@/components/ui/button";
import { StatusMessage } from "@/components/ui/status-message";

// Errors from the server arrive with only a digest that matches the server
// log; the message and stack stay on the server.
export default function DashboardError({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && "digest" in error && typeof error.digest === "string" ? error.digest : null;
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <StatusMessage
      code="Error"
      title="Sorry, something went wrong"
      actions={
        <>
          <Button variant="primary" onClick={() => retry()}>
            Try again
          </Button>
          <Link href="/" className={buttonClassName()}>
            Go to the dashboard
          </Link>
        </>
      }
    >
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
