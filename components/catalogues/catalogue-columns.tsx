import Link from "next/link";
import { createDataTableColumnHelper } from "@/components/data-table/features";
import { CategoryFlags } from "@/components/activities/category-flags";
import { Badge } from "@/components/ui/badge";
import { NotRecorded } from "@/components/ui/not-recorded";
import { legalBasisArticleLabels, securityGroupLabels, securityGroupOrder } from "@/lib/labels";
import type { DataCategoryRow, DataSubjectCategoryRow, LegalBasisRow, SecurityMeasureRow } from "@/lib/catalogues/queries";

const description = (value: string) => (value ? <span className="text-slate-700">{value}</span> : <NotRecorded>—</NotRecorded>);
const entryLink = (type: string, id: string, label: string) => (
  <Link href={`/catalogues/${type}/${id}`} className="font-medium text-blue-700 hover:underline">
    {label}
  </Link>
);
const count = (value: number) => <span className="tabular-nums">{value}</span>;
const articleOrder = ["ART6", "ART9", "ART10", "NATIONAL"] as const;

const legalBasis = createDataTableColumnHelper<LegalBasisRow>();
export const legalBasisColumns = legalBasis.columns([
  legalBasis.accessor("citation", {
    header: "Citation",
    sortFn: "alphanumeric",
    cell: (info) => <span className="whitespace-nowrap">{entryLink("legal-bases", info.row.original.id, info.getValue())}</span>,
  }),
  legalBasis.accessor("name", { header: "Name", sortFn: "text", meta: { className: "min-w-40" } }),
  legalBasis.accessor((row) => legalBasisArticleLabels[row.article], {
    id: "article",
    header: "Kind",
    sortFn: (a, b) => articleOrder.indexOf(a.original.article) - articleOrder.indexOf(b.original.article),
    cell: (info) => <span className="whitespace-nowrap">{info.getValue()}</span>,
  }),
  legalBasis.accessor("description", { header: "Description", enableSorting: false, cell: (info) => description(info.getValue()), meta: { className: "min-w-72" } }),
  legalBasis.accessor("builtIn", {
    header: "Source",
    sortFn: "basic",
    cell: (info) => (info.getValue() ? <Badge>GDPR</Badge> : <Badge tone="blue">Added</Badge>),
  }),
  legalBasis.accessor("useCount", { header: "Uses", sortFn: "basic", cell: (info) => count(info.getValue()), meta: { className: "text-right" } }),
]);

const dataCategory = createDataTableColumnHelper<DataCategoryRow>();
export const dataCategoryColumns = dataCategory.columns([
  dataCategory.accessor("name", {
    header: "Name",
    sortFn: "text",
    cell: (info) => entryLink("data-categories", info.row.original.id, info.getValue()),
    meta: { className: "min-w-40" },
  }),
  // Art. 9(1) special categories and Art. 10 criminal data sort first: they need a condition.
  dataCategory.accessor((row) => (row.special || row.criminal ? 0 : 1), {
    id: "sensitivity",
    header: "Sensitivity",
    sortFn: "basic",
    cell: (info) => {
      const { special, criminal } = info.row.original;
      return special || criminal ? (
        <div className="flex flex-wrap gap-1">
          <CategoryFlags special={special} criminal={criminal} />
        </div>
      ) : (
        <span className="text-slate-500">Ordinary</span>
      );
    },
  }),
  dataCategory.accessor("defaultRetention", {
    header: "Default retention",
    sortFn: "text",
    cell: (info) => info.getValue() || <NotRecorded />,
    meta: { className: "min-w-44" },
  }),
  dataCategory.accessor("description", { header: "Description", enableSorting: false, cell: (info) => description(info.getValue()), meta: { className: "min-w-64" } }),
  dataCategory.accessor("activityCount", { header: "Activities", sortFn: "basic", cell: (info) => count(info.getValue()), meta: { className: "text-right" } }),
]);

const dataSubject = createDataTableColumnHelper<DataSubjectCategoryRow>();
export const dataSubjectColumns = dataSubject.columns([
  dataSubject.accessor("name", {
    header: "Name",
    sortFn: "text",
    cell: (info) => entryLink("data-subjects", info.row.original.id, info.getValue()),
    meta: { className: "min-w-40" },
  }),
  dataSubject.accessor("description", { header: "Description", enableSorting: false, cell: (info) => description(info.getValue()), meta: { className: "min-w-64" } }),
  dataSubject.accessor("activityCount", { header: "Activities", sortFn: "basic", cell: (info) => count(info.getValue()), meta: { className: "text-right" } }),
]);

const securityMeasure = createDataTableColumnHelper<SecurityMeasureRow>();
export const securityMeasureColumns = securityMeasure.columns([
  securityMeasure.accessor((row) => securityGroupLabels[row.group], {
    id: "group",
    header: "Group",
    sortFn: (a, b) => securityGroupOrder.indexOf(a.original.group) - securityGroupOrder.indexOf(b.original.group),
    cell: (info) => <span className="whitespace-nowrap">{info.getValue()}</span>,
  }),
  securityMeasure.accessor("name", {
    header: "Measure",
    sortFn: "text",
    cell: (info) => entryLink("security-measures", info.row.original.id, info.getValue()),
    meta: { className: "min-w-44" },
  }),
  securityMeasure.accessor("description", { header: "Description", enableSorting: false, cell: (info) => description(info.getValue()), meta: { className: "min-w-64" } }),
  securityMeasure.accessor("activityCount", { header: "Activities", sortFn: "basic", cell: (info) => count(info.getValue()), meta: { className: "text-right" } }),
]);
