"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/** The signing secret, shown once after it was made: only the receiver keeps it from here on. */
export function SecretNotice({ secret, title }: { secret: string; title: string }) {
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  }
  return (
    <div role="status" className="rounded-md border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-950">
      <p className="font-medium">{title}</p>
      <p className="mt-0.5">
        Give this signing secret to the receiving system to verify each delivery (Standard Webhooks). It is shown only now; rotate it to get a new one.
      </p>
      <div className="mt-2 flex flex-col gap-2 sm:flex-row">
        <label htmlFor="webhook-secret" className="sr-only">Signing secret</label>
        <Input id="webhook-secret" readOnly value={secret} onFocus={(event) => event.currentTarget.select()} className="font-mono text-xs" />
        <Button onClick={copy} variant="primary" className="shrink-0">
          {copied === "yes" ? "Copied" : "Copy secret"}
        </Button>
      </div>
      {copied === "failed" ? <p className="mt-1 text-xs">Copying is not allowed here: select the secret and copy it with the keyboard.</p> : null}
    </div>
  );
}
