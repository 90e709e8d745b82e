import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { listRecipients } from "@/lib/recipients/queries";
import { parseDataTableUrlState } from "@/components/data-table/url-state";
import { RecipientsTable } from "@/components/recipients/recipients-table";
import { SavedNotice } from "@/components/catalogues/form-parts";
import { buttonClassName } from "@/components/ui/button";
import { MessageText } from "@/components/ui/message-text";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("recipients.page");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function RecipientsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const { organisation, role } = await requireMember();
  const params = await searchParams;
  const dpaAttention = params.dpa === "attention";
  const [recipients, t] = await Promise.all([listRecipients(organisation.id, { dpaAttention }), getTranslations("recipients.page")]);
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
      >
        {hasRole(role, "EDITOR") ? (
          <Link href="/recipients/new" className={buttonClassName({ variant: "primary" })}>
            <span aria-hidden="true">+</span> {t("add")}
          </Link>
        ) : null}
      </PageHeader>
      {typeof params.deleted === "string" && params.deleted ? <SavedNotice><MessageText text={params.deleted.slice(0, 300)} /></SavedNotice> : null}
      <RecipientsTable key={String(dpaAttention)} recipients={recipients} urlState={parseDataTableUrlState(params)} filtered={dpaAttention} />
    </>
  );
}
