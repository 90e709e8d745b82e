import Link from "next/link";
import { useTranslations } from "next-intl";
import type { MembershipSummary } from "@/lib/auth/guard";
import { switchOrganisationAction } from "@/lib/organisation/current-actions";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/select";

/** Lists the user's own memberships only; the action checks the choice again. */
export function OrganisationSwitcher({ memberships, currentId }: { memberships: MembershipSummary[]; currentId: string }) {
  // Owners (of any organisation) may create further ones: see lib/organisation/create.ts.
  const canCreate = memberships.some((m) => m.role === "OWNER");
  const t = useTranslations("shell.organisation");
  if (memberships.length < 2 && !canCreate) return null;
  return (
    <div className="space-y-1.5">
      {memberships.length >= 2 ? (
        <form action={switchOrganisationAction} className="space-y-1.5">
          <label htmlFor="organisation-switch" className="block text-xs font-medium text-slate-600">
            {t("label")}
          </label>
          {/* Keyed by the current organisation: after switching, the select must show the new one, not keep the old DOM state. */}
          <Select key={currentId} id="organisation-switch" name="organisationId" defaultValue={currentId}>
            {memberships.map((m) => (
              <option key={m.organisationId} value={m.organisationId}>
                {m.legalName}
              </option>
            ))}
          </Select>
          <Button type="submit" size="sm" className="w-full">
            {t("switch")}
          </Button>
        </form>
      ) : null}
      {canCreate ? (
        <Link href="/organisations/new" className="inline-block text-xs font-medium text-blue-700 hover:underline">
          {t("new")}
        </Link>
      ) : null}
    </div>
  );
}
