import Link from "next/link";
import type { OrganisationCompleteness } from "@/lib/register/completeness";
import { Card, CardHeader } from "@/components/ui/card";

const activities = (count: number) => (count === 1 ? "1 activity lacks" : `${count} activities lack`);

/** The organisation-wide completeness of the register, with what is missing by article letter. */
export function CompletenessSummary({ completeness }: { completeness: OrganisationCompleteness }) {
  const { percent, byLetter } = completeness;
  const ownMissing = completeness.organisation.filter((item) => !item.complete);
  return (
    <Card as="section" aria-labelledby="completeness-heading">
      <CardHeader
        titleId="completeness-heading"
        title="Completeness of the register"
        description="Items of Art. 30(1)(a)–(g), or 30(2)(a)–(d) for processing on behalf of others, recorded for each draft and active activity."
        action={
          <Link href="/register" className="text-sm font-medium text-blue-700 hover:underline">
            Open the register
          </Link>
        }
      />
      <div className="grid gap-4 px-4 py-3 md:grid-cols-[12rem_minmax(0,1fr)]">
        <div>
          <p className="text-slate-700">
            <span className="text-3xl font-semibold tracking-tight text-slate-900 tabular-nums">{percent} %</span> complete
          </p>
          <p className="mt-1 text-sm text-slate-600">
            {completeness.complete} of {completeness.activities} {completeness.activities === 1 ? "activity" : "activities"} fully recorded
          </p>
        </div>
        <div className="space-y-2 text-sm">
          {ownMissing.length > 0 ? (
            <ul aria-label="Missing items of the organisation" className="space-y-1">
              {ownMissing.map((item) => (
                <li key={item.label}>
                  <Link href={item.href} className="text-blue-700 hover:underline">
                    {item.problem}
                  </Link>{" "}
                  <span className="text-slate-500">({item.citation})</span>
                </li>
              ))}
            </ul>
          ) : null}
          {byLetter.length === 0 ? (
            ownMissing.length === 0 ? <p className="text-slate-700">Nothing Art. 30 asks for is missing.</p> : null
          ) : (
            <ul aria-label="Missing items by article letter" className="space-y-1">
              {byLetter.map((entry) => (
                <li key={`${entry.register}-${entry.letter}`} className="flex justify-between gap-3">
                  <span className="text-slate-700">
                    {activities(entry.activities)} {entry.label} <span className="text-slate-500">({entry.register === "processor" ? "Art. 30(2)" : "Art. 30(1)"}({entry.letter}))</span>
                  </span>
                </li>
              ))}
            </ul>
          )}
          {completeness.dpiaHints > 0 || completeness.processorsWithoutAgreement > 0 ? (
            <ul className="space-y-1 border-t border-slate-100 pt-2 text-amber-900">
              {completeness.dpiaHints > 0 ? (
                <li>
                  {completeness.dpiaHints === 1 ? "1 activity" : `${completeness.dpiaHints} activities`} may need a DPIA (Art. 35(3)): a hint from the
                  recorded data, to be decided by the DPO.
                </li>
              ) : null}
              {completeness.processorsWithoutAgreement > 0 ? (
                <li>
                  {completeness.processorsWithoutAgreement === 1 ? "1 activity uses" : `${completeness.processorsWithoutAgreement} activities use`} a
                  processor whose processing agreement is missing (Art. 28(3)).
                </li>
              ) : null}
            </ul>
          ) : null}
        </div>
      </div>
    </Card>
  );
}
