import type { Metadata } from "next";
import { requireMember } from "@/lib/auth/guard";
import { PageHeader } from "@/components/ui/page-header";
import { Card, CardBody } from "@/components/ui/card";

export const metadata: Metadata = { title: "Register" };

export default async function RegisterPage() {
  await requireMember();
  return (
    <>
      <PageHeader title="Register" description="The record of processing activities as one document, for the organisation and for the supervisory authority." />
      <Card>
        <CardBody className="space-y-2 text-sm text-slate-700">
          <p className="font-medium text-slate-900">Not built yet.</p>
          <p>
            This page will produce the Art. 30 register from the recorded activities: the controller&apos;s record (Art. 30(1)) and, where the
            organisation processes on behalf of others, the processor&apos;s record (Art. 30(2)), exportable so that it can be handed to the
            supervisory authority on request (Art. 30(4)).
          </p>
          <p>Until then, every activity&apos;s full record is on its page under Activities.</p>
        </CardBody>
      </Card>
    </>
  );
}
