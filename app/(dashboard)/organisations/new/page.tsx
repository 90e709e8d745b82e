import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { canCreateOrganisation } from "@/lib/organisation/create";
import { CreateOrganisationForm } from "@/components/organisations/create-organisation-form";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("organisations.page");
  return { title: t("title") };
}

export default async function NewOrganisationPage() {
  const member = await requireMember("VIEWER");
  if (!canCreateOrganisation(member)) forbidden();
  const t = await getTranslations("organisations.page");
  return (
    <>
      <PageHeader
        title={t("title")}
        description={t("description")}
      />
      <Card>
        <CardBody className="py-5">
          <CreateOrganisationForm />
        </CardBody>
      </Card>
    </>
  );
}
