import type { Metadata } from "next";
import Link from "next/link";
import { requireMember } from "@/lib/auth/guard";
import { getActivityFormOptions } from "@/lib/activities/form-options";
import { emptyActivityValues } from "@/lib/activities/schema";
import { ActivityForm } from "@/components/activities/activity-form";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "New processing activity" };

export default async function NewActivityPage() {
  const { organisation } = await requireMember("EDITOR");
  const options = await getActivityFormOptions(organisation.id);
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/activities" className="hover:text-slate-900 hover:underline">
            Activities
          </Link>
        }
        title="New processing activity"
        description="Fields marked * are required. A draft may be saved incomplete; an active activity needs at least one purpose with its legal basis."
      />
      <ActivityForm activityId={null} initialValues={emptyActivityValues()} options={options} />
    </>
  );
}
