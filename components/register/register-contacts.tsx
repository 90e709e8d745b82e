import { useTranslations } from "next-intl";
import type { Register } from "@/lib/register/build";
import { ICO_CONTACT_FIELDS, ICO_CONTACT_PARTIES } from "@/lib/register/ico-layout";
import { NotRecorded } from "@/components/ui/not-recorded";

/** Art. 30(1)(a) / 30(2)(a): who is responsible, once for the whole register. */
export function RegisterContacts({ contacts }: { contacts: Register["contacts"] }) {
  const t = useTranslations("register.contacts");
  return (
    <>
      {/* Phones: one block per party, as the table would need sideways scrolling. */}
      <dl className="space-y-3 text-sm sm:hidden print:hidden">
        {ICO_CONTACT_PARTIES.map((party) => {
          const contact = contacts[party.key];
          const details = ICO_CONTACT_FIELDS.map((field) => contact[field.key]).filter((value) => value.trim());
          return (
            <div key={party.key}>
              <dt className="font-medium text-slate-900">{party.label}</dt>
              <dd className="text-slate-800">
                {details.length === 0 ? (
                  <NotRecorded />
                ) : (
                  details.map((value) => (
                    <span key={value} className="block break-words">
                      {value}
                    </span>
                  ))
                )}
              </dd>
            </div>
          );
        })}
      </dl>
      <div className="hidden overflow-x-auto sm:block print:block">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">{t("caption")}</caption>
        <thead>
          <tr className="border-b border-slate-200 text-xs text-slate-600">
            <th scope="col" className="py-2 pr-3 font-medium">
              <span className="sr-only">{t("party")}</span>
            </th>
            {ICO_CONTACT_FIELDS.map((field) => (
              <th key={field.key} scope="col" className="py-2 pr-3 font-medium">
                {field.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {ICO_CONTACT_PARTIES.map((party) => {
            const contact = contacts[party.key];
            return (
              <tr key={party.key} className="border-b border-slate-100 align-top last:border-0">
                <th scope="row" className="py-2 pr-3 font-medium whitespace-nowrap text-slate-900">
                  {party.label}
                </th>
                {ICO_CONTACT_FIELDS.map((field) => (
                  <td key={field.key} className="py-2 pr-3 text-slate-800">
                    {contact[field.key] || <NotRecorded />}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
    </>
  );
}
