import Link from "next/link";
import type { useTranslations } from "next-intl";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import { CategoryFlags } from "@/components/activities/category-flags";
import { Badge } from "@/components/ui/badge";
import { NotRecorded } from "@/components/ui/not-recorded";
import { securityGroupOrder } from "@/lib/labels";
import type { DataCategoryRow, DataSubjectCategoryRow, LegalBasisRow, SecurityMeasureRow } from "@/lib/catalogues/queries";

const description = (value: string) => (value ? <span className="text-slate-700">{value}</span> : <NotRecorded>—</NotRecorded>);
const entryLink = (type: string, id: string, label: string) => (
  <Link href={`/catalogues/${type}/${id}`} className="font-medium text-blue-700 hover:underline">
    {label}
  </Link>
);
const count = (value: number) => <span className="tabular-nums">{value}</span>;
const articleOrder = ["ART6", "ART9", "ART10", "NATIONAL"] as const;

/** The column names, in the reader's language: the tables pass their translator. */
type ColumnText = ReturnType<typeof useTranslations<"catalogues.columns">>;
/** The data model's enum labels (messages/<locale>/labels.json). */
type LabelText = ReturnType<typeof useTranslations<"labels">>;

const legalBasis = createDataTableColumnHelper<LegalBasisRow>();
export const legalBasisColumns = (t: ColumnText, label: LabelText) =>
  legalBasis.columns([
  legalBasis.accessor("citation", {
    header: t("citation"),
    sortFn: "alphanumeric",
    cell: (info) => <span className="whitespace-nowrap">{entryLink("legal-bases", info.row.original.id, info.getValue())}</span>,
  }),
  legalBasis.accessor("name", { header: t("name"), sortFn: "text", meta: { className: "min-w-40" } }),
  legalBasis.accessor((row) => label(`legalBasisArticle.${row.article}`), {
    id: "article",
    header: t("kind"),
    sortFn: (a, b) => articleOrder.indexOf(a.original.article) - articleOrder.indexOf(b.original.article),
    cell: (info) => <span className="whitespace-nowrap">{info.getValue()}</span>,
  }),
  legalBasis.accessor("description", { header: t("description"), enableSorting: false, cell: (info) => description(info.getValue()), meta: { className: "min-w-72" } }),
  legalBasis.accessor("builtIn", {
    header: t("source"),
    sortFn: "basic",
    cell: (info) => (info.getValue() ? <Badge>{t("gdpr")}</Badge> : <Badge tone="blue">{t("added")}</Badge>),
  }),
  legalBasis.accessor("useCount", { header: t("uses"), sortFn: "basic", cell: (info) => count(info.getValue()), meta: { className: "text-right" } }),
]);

const dataCategory = createDataTableColumnHelper<DataCategoryRow>();
export const dataCategoryColumns = (t: ColumnText) =>
  dataCategory.columns([
  dataCategory.accessor("name", {
    header: t("name"),
    sortFn: "text",
    cell: (info) => entryLink("data-categories", info.row.original.id, info.getValue()),
    meta: { className: "min-w-40" },
  }),
  // Art. 9(1) special categories and Art. 10 criminal data sort first: they need a condition.
  dataCategory.accessor((row) => (row.special || row.criminal ? 0 : 1), {
    id: "sensitivity",
    header: t("sensitivity"),
    sortFn: "basic",
    cell: (info) => {
      const { special, criminal } = info.row.original;
      return special || criminal ? (
        <div className="flex flex-wrap gap-1">
          <CategoryFlags special={special} criminal={criminal} />
        </div>
      ) : (
        <span className="text-slate-500">{t("ordinary")}</span>
      );
    },
  }),
  dataCategory.accessor("defaultRetention", {
    header: t("defaultRetention"),
    sortFn: "text",
    cell: (info) => info.getValue() || <NotRecorded />,
    meta: { className: "min-w-44" },
  }),
  dataCategory.accessor("description", { header: t("description"), enableSorting: false, cell: (info) => description(info.getValue()), meta: { className: "min-w-64" } }),
  dataCategory.accessor("activityCount", { header: t("activities"), sortFn: "basic", cell: (info) => count(info.getValue()), meta: { className: "text-right" } }),
]);

const dataSubject = createDataTableColumnHelper<DataSubjectCategoryRow>();
export const dataSubjectColumns = (t: ColumnText) =>
  dataSubject.columns([
  dataSubject.accessor("name", {
    header: t("name"),
    sortFn: "text",
    cell: (info) => entryLink("data-subjects", info.row.original.id, info.getValue()),
    meta: { className: "min-w-40" },
  }),
  dataSubject.accessor("description", { header: t("description"), enableSorting: false, cell: (info) => description(info.getValue()), meta: { className: "min-w-64" } }),
  dataSubject.accessor("activityCount", { header: t("activities"), sortFn: "basic", cell: (info) => count(info.getValue()), meta: { className: "text-right" } }),
]);

const securityMeasure = createDataTableColumnHelper<SecurityMeasureRow>();
export const securityMeasureColumns = (t: ColumnText, label: LabelText) =>
  securityMeasure.columns([
  securityMeasure.accessor((row) => label(`securityGroup.${row.group}`), {
    id: "group",
    header: t("group"),
    sortFn: (a, b) => securityGroupOrder.indexOf(a.original.group) - securityGroupOrder.indexOf(b.original.group),
    cell: (info) => <span className="whitespace-nowrap">{info.getValue()}</span>,
  }),
  securityMeasure.accessor("name", {
    header: t("measure"),
    sortFn: "text",
    cell: (info) => entryLink("security-measures", info.row.original.id, info.getValue()),
    meta: { className: "min-w-44" },
  }),
  securityMeasure.accessor("description", { header: t("description"), enableSorting: false, cell: (info) => description(info.getValue()), meta: { className: "min-w-64" } }),
  securityMeasure.accessor("activityCount", { header: t("activities"), sortFn: "basic", cell: (info) => count(info.getValue()), meta: { className: "text-right" } }),
]);
