import type { Register } from "@/lib/register/build";
import { formatDate } from "@/lib/format";
import { RegisterContacts } from "./register-contacts";
import { RegisterEntry } from "./register-entry";

// Beyond this many activities the page would be too heavy to read or print;
// the downloads always carry all of them.
const PREVIEW_LIMIT = 200;

/** The register as one document: the contact block, the controller's record and, where there is one, the processor's. */
export function RegisterPreview({ register }: { register: Register }) {
  const controller = register.controller.slice(0, PREVIEW_LIMIT);
  const processorCount = register.processor?.reduce((sum, group) => sum + group.activities.length, 0) ?? 0;
  return (
    <div className="space-y-8">
      <section aria-labelledby="register-contacts-heading" className="rounded-lg border border-slate-200 bg-white px-4 py-3 shadow-xs print:border-0 print:px-0 print:shadow-none">
        <h2 id="register-contacts-heading" className="text-base font-semibold text-slate-900">
          {register.organisation.legalName}
        </h2>
        <p className="mt-0.5 text-xs text-slate-600">
          Record of processing activities under Art. 30 GDPR, as of {formatDate(register.generatedAt)}. Controller, data protection officer and
          representative (Art. 30(1)(a)):
        </p>
        <div className="mt-2">
          <RegisterContacts contacts={register.contacts} />
        </div>
      </section>

      <section aria-labelledby="controller-register-heading" className="space-y-4">
        <div>
          <h2 id="controller-register-heading" className="text-lg font-semibold text-slate-900">
            Controller register <span className="text-sm font-normal text-slate-600">Art. 30(1) GDPR</span>
          </h2>
          <p className="text-sm text-slate-600">
            {register.controller.length === 1 ? "1 processing activity" : `${register.controller.length} processing activities`} carried out as
            controller or joint controller.
            {register.controller.length > PREVIEW_LIMIT ? ` The first ${PREVIEW_LIMIT} are shown here; the downloads contain all of them.` : ""}
          </p>
        </div>
        {controller.length === 0 ? (
          <p className="rounded-lg border border-dashed border-slate-300 bg-white px-4 py-6 text-center text-sm text-slate-600">
            No processing activity matches these filters.
          </p>
        ) : (
          controller.map((entry) => <RegisterEntry key={entry.id} entry={entry} />)
        )}
      </section>

      {register.processor ? (
        <section aria-labelledby="processor-register-heading" className="space-y-4 print:break-before-page">
          <div>
            <h2 id="processor-register-heading" className="text-lg font-semibold text-slate-900">
              Processor register <span className="text-sm font-normal text-slate-600">Art. 30(2) GDPR</span>
            </h2>
            <p className="text-sm text-slate-600">
              {processorCount === 1 ? "1 entry" : `${processorCount} entries`} for processing carried out on behalf of controllers, listed per
              controller.
            </p>
          </div>
          {register.processor.map((group, groupIndex) => (
            <section key={group.controller?.name ?? ""} aria-label={group.controller?.name ?? "Controller not recorded"} className="space-y-3">
              <h3 className="text-base font-semibold text-slate-900">
                {group.controller ? (
                  <>
                    On behalf of {group.controller.name}
                    {group.controller.contact ? <span className="block text-sm font-normal text-slate-600">{group.controller.contact}</span> : null}
                  </>
                ) : (
                  <span className="text-amber-900">Controller not recorded</span>
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
