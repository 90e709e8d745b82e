import type { Metadata } from "next";
import Link from "next/link";
import { requireMember } from "@/lib/auth/guard";
import { hasRole } from "@/lib/auth/roles";
import { listUploads } from "@/lib/import/store";
import { UploadForm } from "@/components/import/upload-form";
import { WaitingUploads } from "@/components/import/waiting-uploads";
import { buttonClassName } from "@/components/ui/button";
import { Callout } from "@/components/ui/callout";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Import" };

const count = (value: string | string[] | undefined) => {
  const number = Number(Array.isArray(value) ? value[0] : value);
  return Number.isInteger(number) && number >= 0 ? number : null;
};

export default async function ImportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const member = await requireMember("EDITOR");
  const params = await searchParams;
  const imported = count(params.activities);
  const entries = count(params.entries);
  const waiting = await listUploads({ organisationId: member.organisation.id, userId: member.user.id });
  return (
    <>
      <PageHeader
        eyebrow={<Link href="/register" className="hover:underline">Register</Link>}
        title="Import a register"
        description="Bring an existing register in: a spreadsheet in the UK ICO layout, or a register exported from this application. You see a preview with every problem before anything is saved."
      />
      <div className="space-y-4">
        {imported !== null ? (
          <div role="status">
            <Callout title={params.restored ? "The register was restored." : "The import is complete."}>
              <p>
                {imported} {imported === 1 ? "processing activity was" : "processing activities were"} imported
                {entries ? `, and ${entries} catalogue ${entries === 1 ? "entry was" : "entries were"} created` : ""}. Each is recorded in the audit log.
              </p>
              <p className="mt-2">
                <Link href="/activities" className={buttonClassName({ size: "sm" })}>
                  View the activities
                </Link>
              </p>
            </Callout>
          </div>
        ) : null}
        <Card>
          <CardHeader title="Upload" description="Step 1 of 2: choose the file. Step 2: check the preview and confirm." />
          <CardBody className="py-5">
            <UploadForm canRestore={hasRole(member.role, "DPO")} />
          </CardBody>
        </Card>
        {waiting.length ? (
          <Card>
            <CardHeader title="Waiting for your confirmation" description="Uploads you have not imported or cancelled yet. Each expires six hours after its upload." />
            <CardBody className="py-3">
              <WaitingUploads uploads={waiting} />
            </CardBody>
          </Card>
        ) : null}
        <Card>
          <CardHeader title="What is read" />
          <CardBody className="space-y-2 text-sm text-slate-700">
            <p>
              <span className="font-medium text-slate-900">Spreadsheets (ICO layout).</span> The header row is found even below the contact block; columns are matched by
              their headers in any order. Each row becomes one processing activity. Legal bases are matched against your catalogue (“Art. 6(1)(a)”, “6(1)(a)”,
              “Consent”); data categories, data subject categories, recipients and security measures by name. Entries that are missing are listed and created only
              if you confirm. If any row has an error, nothing is imported.
            </p>
            <p>
              <span className="font-medium text-slate-900">JSON.</span> A register exported from this application is restored as a whole, with its catalogues and
              organisation profile, into an organisation that has no activities or recipients yet. It needs the DPO or owner role.
            </p>
          </CardBody>
        </Card>
      </div>
    </>
  );
}
