import type { Metadata } from "next";
import Link from "next/link";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { listRecipients } from "@/lib/recipients/queries";
import { parseDataTableUrlState } from "@/components/data-table/url-state";
import { RecipientsTable } from "@/components/recipients/recipients-table";
import { SavedNotice } from "@/components/catalogues/form-parts";
import { buttonClassName } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Recipients & processors" };

type SearchParams = Record<string, string | string[] | undefined>;

export default async function RecipientsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { organisation, role } = await requireMember();
  const params = await searchParams;
  const dpaAttention = params.dpa === "attention";
  const recipients = await listRecipients(organisation.id, { dpaAttention });
  return (
    <>
      <PageHeader
        title="Recipients & processors"
        description="Everyone personal data is disclosed to (Art. 30(1)(d)), and for processors and sub-processors the data processing agreement Art. 28(3) requires."
      >
        {hasRole(role, "EDITOR") ? (
          <Link href="/recipients/new" className={buttonClassName({ variant: "primary" })}>
            <span aria-hidden="true">+</span> Add recipient
          </Link>
        ) : null}
      </PageHeader>
      {typeof params.deleted === "string" && params.deleted ? <SavedNotice>{params.deleted.slice(0, 300)}</SavedNotice> : null}
      <RecipientsTable key={String(dpaAttention)} recipients={recipients} urlState={parseDataTableUrlState(params)} filtered={dpaAttention} />
    </>
  );
}
