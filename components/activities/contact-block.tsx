import { NotRecorded } from "@/components/ui/not-recorded";

export type Contact = { name?: string; organisation?: string; address?: string; email?: string; phone?: string; website?: string };

/** Name and contact details as Art. 30(1)(a) asks for them; nothing recorded reads so. */
export function ContactBlock({ contact, emptyText }: { contact: Contact; emptyText?: string }) {
  const { name, organisation, address, email, phone, website } = contact;
  if (![name, organisation, address, email, phone, website].some((value) => value?.trim())) {
    return <NotRecorded>{emptyText}</NotRecorded>;
  }
  return (
    <address className="space-y-0.5 text-sm not-italic text-slate-900">
      {name ? <p className="font-medium">{name}</p> : null}
      {organisation ? <p>{organisation}</p> : null}
      {address ? <p className="whitespace-pre-line text-slate-700">{address}</p> : null}
      {email ? (
        <p>
          <a href={`mailto:${email}`} className="text-blue-700 hover:underline">
            {email}
          </a>
        </p>
      ) : null}
      {phone ? <p className="text-slate-700">{phone}</p> : null}
      {website ? <p className="break-all text-slate-700">{website}</p> : null}
    </address>
  );
}
