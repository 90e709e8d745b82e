import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { getActivityFormOptions, getActivityFormValues } from "@/lib/activities/form-options";
import { ActivityForm } from "@/components/activities/activity-form";
import { Callout } from "@/components/ui/callout";
import { FocusFromHash } from "@/components/ui/focus-from-hash";
import { PageHeader } from "@/components/ui/page-header";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ duplicated?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("activities.edit"))("metaTitle") };
}

export default async function EditActivityPage({ params, searchParams }: Props) {
  const { organisation } = await requireMember("EDITOR");
  const { id } = await params;
  const [values, options] = await Promise.all([getActivityFormValues(organisation.id, id), getActivityFormOptions(organisation.id)]);
  if (!values) notFound();
  const duplicated = (await searchParams).duplicated === "1";
  const t = await getTranslations("activities");
  return (
    <>
      <PageHeader
        eyebrow={
          <nav aria-label={t("breadcrumbLabel")}>
            <ol className="flex items-center gap-1.5">
              <li>
                <Link href="/activities" className="hover:text-slate-900 hover:underline">
                  {t("breadcrumb")}
                </Link>
              </li>
              <li aria-hidden="true">/</li>
              <li>
                <Link href={`/activities/${id}`} className="font-mono text-xs hover:text-slate-900 hover:underline">
                  {values.reference}
                </Link>
              </li>
              <li aria-hidden="true">/</li>
              <li aria-current="page">{t("edit.crumb")}</li>
            </ol>
          </nav>
        }
        title={t("edit.title", { name: values.name })}
        meta={<span className="text-xs text-slate-500">{t("edit.version", { version: values.version })}</span>}
      />
      {duplicated ? (
        <div className="mb-4">
          <Callout tone="info" title={t("edit.copyTitle")}>
            {t("edit.copyBody", { reference: values.reference })}
          </Callout>
        </div>
      ) : null}
      <ActivityForm key={values.version} activityId={id} initialValues={values} options={options} />
      {/* Links from findings and from the policy preview name the field to edit. */}
      <FocusFromHash />
    </>
  );
}
