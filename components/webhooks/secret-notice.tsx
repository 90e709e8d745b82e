"use client";

import { ShownOnce } from "@/components/ui/shown-once";

/** The signing secret, shown once after it was made: only the receiver keeps it from here on. */
export function SecretNotice({ secret, title }: { secret: string; title: string }) {
  return (
    <ShownOnce id="webhook-secret" label="Signing secret" noun="secret" value={secret} title={title}>
      Give this signing secret to the receiving system to verify each delivery (Standard Webhooks). It is shown only now; rotate it to get a new one.
    </ShownOnce>
  );
}
