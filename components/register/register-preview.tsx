import { useTranslations } from "next-intl";
import type { Register } from "@/lib/register/build";
import { formatDate } from "@/lib/format";
import { RegisterContacts } from "./register-contacts";
import { RegisterEntry } from "./register-entry";

// Beyond this many activities the page would be too heavy to read or print;
// the downloads always carry all of them.
const PREVIEW_LIMIT = 200;

/** The register as one document: the contact block, the controller's record and, where there is one, the processor's. */
export function RegisterPreview({ register }: { register: Register }) {
  const t = useTranslations("register.preview");
  const controller = register.controller.slice(0, PREVIEW_LIMIT);
  const processorCount = register.processor?.reduce((sum, group) => sum + group.activities.length, 0) ?? 0;
  return (
    <div className="space-y-8">
      <section aria-labelledby="register-contacts-heading" className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-xs print:border-0 print:px-0 print:shadow-none">
        <h2 id="register-contacts-heading" className="text-base font-semibold text-slate-900">
          {register.organisation.legalName}
        </h2>
        <p className="mt-0.5 text-xs text-slate-600">
          {t("intro", { date: formatDate(register.generatedAt) })}
        </p>
        <div className="mt-2">
          <RegisterContacts contacts={register.contacts} />
        </div>
      </section>

      <section aria-labelledby="controller-register-heading" className="space-y-4">
        <div>
          <h2 id="controller-register-heading" className="text-lg font-semibold text-slate-900">
            {t("controllerTitle")} <span className="text-sm font-normal text-slate-600">{t("controllerArticle")}</span>
          </h2>
          <p className="text-sm text-slate-600">
            {t("controllerCount", { count: register.controller.length })}
            {register.controller.length > PREVIEW_LIMIT ? t("limited", { limit: PREVIEW_LIMIT }) : ""}
          </p>
        </div>
        {controller.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">
            {t("noMatch")}
          </p>
        ) : (
          controller.map((entry) => <RegisterEntry key={entry.id} entry={entry} />)
        )}
      </section>

      {register.processor ? (
        <section aria-labelledby="processor-register-heading" className="space-y-4 print:break-before-page">
          <div>
            <h2 id="processor-register-heading" className="text-lg font-semibold text-slate-900">
              {t("processorTitle")} <span className="text-sm font-normal text-slate-600">{t("processorArticle")}</span>
            </h2>
            <p className="text-sm text-slate-600">
              {t("processorCount", { count: processorCount })}
            </p>
          </div>
          {register.processor.map((group, groupIndex) => (
            <section key={group.controller?.name ?? ""} aria-label={group.controller?.name ?? t("controllerMissing")} className="space-y-3">
              <h3 className="text-base font-semibold text-slate-900">
                {group.controller ? (
                  <>
                    {t("onBehalfOf", { name: group.controller.name })}
                    {group.controller.contact ? <span className="block text-sm font-normal text-slate-600">{group.controller.contact}</span> : null}
                  </>
                ) : (
                  <span className="text-amber-900">{t("controllerMissing")}</span>
                )}
              </h3>
              {group.activities.slice(0, PREVIEW_LIMIT).map((entry) => (
                <RegisterEntry key={entry.id} entry={entry} headingLevel={4} idPrefix={`processor-${groupIndex}`} />
              ))}
            </section>
          ))}
        </section>
      ) : null}
    </div>
  );
}
