import type { Metadata } from "next";
import { requireMember } from "@/lib/auth/guard";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardBody } from "@/components/ui/card";

export const metadata: Metadata = { title: "Policies" };

export default async function PoliciesPage() {
  await requireMember();
  return (
    <>
      <PageHeader title="Policies" description="Privacy policies for each audience, derived from the register and published in versions." />
      <Card>
        <CardBody className="space-y-2 text-sm text-slate-700">
          <p className="font-medium text-slate-900">Not built yet.</p>
          <p>
            This page will draft privacy policies from the recorded activities, with the information Art. 13 and 14 GDPR require, and publish
            them as dated, unchangeable versions on a public page.
          </p>
        </CardBody>
      </Card>
    </>
  );
}
