import type { Metadata } from "next";
import { forbidden } from "next/navigation";
import { requireMember } from "@/lib/auth/guard";
import { canCreateOrganisation } from "@/lib/organisation/create";
import { CreateOrganisationForm } from "@/components/organisations/create-organisation-form";
import { Card, CardBody } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "New organisation" };

export default async function NewOrganisationPage() {
  const member = await requireMember("VIEWER");
  if (!canCreateOrganisation(member)) forbidden();
  return (
    <>
      <PageHeader
        title="New organisation"
        description="A separate register, for instance for another company of the group or a client you serve as external DPO. Its records, members and audit log are kept apart from this one's."
      />
      <Card>
        <CardBody className="py-5">
          <CreateOrganisationForm />
        </CardBody>
      </Card>
    </>
  );
}
