"use client";

import { ErrorView } from "@/components/errors/error-view";

// Catches what the route groups' own boundaries cannot: errors in their
// layouts, such as the dashboard layout's member lookup when the database is down.
export default function RootError({ error, retry }: { error: unknown; retry: () => void }) {
  return (
    <main id="main" className="px-4 sm:px-6">
      <ErrorView error={error} retry={retry} />
    </main>
  );
}
