import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { getActivityFormOptions } from "@/lib/activities/form-options";
import { emptyActivityValues } from "@/lib/activities/schema";
import { ActivityForm } from "@/components/activities/activity-form";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activities.new"))("title") };
}

export default async function NewActivityPage() {
  const { organisation } = await requireMember("EDITOR");
  const options = await getActivityFormOptions(organisation.id);
  const t = await getTranslations("activities");
  return (
    <>
      <PageHeader
        eyebrow={
          <Link href="/activities" className="hover:text-slate-900 hover:underline">
            {t("breadcrumb")}
          </Link>
        }
        title={t("new.title")}
        description={t("new.description")}
      />
      <ActivityForm activityId={null} initialValues={emptyActivityValues()} options={options} />
    </>
  );
}
