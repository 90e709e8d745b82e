import { useTranslations } from "next-intl";
import type { ReferenceField, ReferenceOperation, ReferenceSchema } from "@/lib/api/reference";
import { Badge, type BadgeTone } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { DocText } from "./doc-text";

const methodTones: Record<string, BadgeTone> = { GET: "blue", POST: "green", PUT: "amber", PATCH: "amber", DELETE: "red" };

function FieldTable({ fields, caption, withLocation = false }: { fields: (ReferenceField & { in?: string })[]; caption: string; withLocation?: boolean }) {
  const t = useTranslations("apiReference.fields");
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-slate-50 text-left text-xs font-medium text-slate-600">
          <tr>
            <th scope="col" className="px-4 py-1.5">{t("name")}</th>
            {withLocation ? <th scope="col" className="px-4 py-1.5">{t("in")}</th> : null}
            <th scope="col" className="px-4 py-1.5">{t("type")}</th>
            <th scope="col" className="px-4 py-1.5">{t("required")}</th>
            <th scope="col" className="px-4 py-1.5">{t("description")}</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {fields.map((field) => (
            <tr key={`${field.in ?? ""}-${field.name}`} className="align-top">
              <th scope="row" className="px-4 py-1.5 text-left font-mono text-xs font-normal text-slate-900">{field.name}</th>
              {withLocation ? <td className="px-4 py-1.5 text-xs text-slate-600">{field.in}</td> : null}
              <td className="max-w-xs px-4 py-1.5 font-mono text-xs break-words text-slate-700">{field.type}</td>
              <td className="px-4 py-1.5 text-xs text-slate-700">{field.required ? t("yes") : t("no")}</td>
              <td className="px-4 py-1.5 text-xs text-slate-700">{field.description ? <DocText text={field.description} /> : null}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function OperationCard({ operation }: { operation: ReferenceOperation }) {
  const t = useTranslations("apiReference.operation");
  const headingId = `op-${operation.id}`;
  return (
    <Card as="section" aria-labelledby={headingId}>
      <div className="border-b border-slate-200 px-4 py-3">
        <h3 id={headingId} className="flex flex-wrap items-center gap-2 text-sm font-semibold text-slate-900">
          <Badge tone={methodTones[operation.method] ?? "neutral"}>{operation.method}</Badge>
          <code className="font-mono">{operation.path}</code>
          <span className="font-normal text-slate-700">{operation.summary}</span>
        </h3>
        {operation.description ? <p className="mt-1 text-xs text-slate-600"><DocText text={operation.description} /></p> : null}
        <p className="mt-1 text-xs text-slate-600">{operation.scope ? t("scope", { scope: operation.scope }) : t("public")}</p>
      </div>
      {operation.parameters.length ? <FieldTable fields={operation.parameters} caption={t("parameters", { method: operation.method, path: operation.path })} withLocation /> : null}
      <div className="px-4 py-2 text-xs text-slate-700">
        {operation.body ? (
          <p>
            {t.rich("body", {
              body: operation.body,
              link: (chunks) => (
                <a href={`#schema-${operation.body}`} className="font-mono text-blue-800 underline">
                  {chunks}
                </a>
              ),
            })}
          </p>
        ) : null}
        <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5">
          {operation.responses.map((response) => (
            <div key={response.status} className="contents">
              <dt className="font-mono text-slate-900">{response.status}</dt>
              <dd>
                <DocText text={response.description} />
                {response.type ? <span className="font-mono text-slate-500"> · {response.type}</span> : null}
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </Card>
  );
}

export function SchemaCard({ schema }: { schema: ReferenceSchema }) {
  const t = useTranslations("apiReference.operation");
  const headingId = `schema-${schema.name}`;
  return (
    <Card as="section" aria-labelledby={headingId}>
      <CardHeader titleId={headingId} title={schema.name} description={schema.description || undefined} level={3} />
      {schema.fields.length ? <FieldTable fields={schema.fields} caption={t("schemaFields", { name: schema.name })} /> : null}
    </Card>
  );
}
