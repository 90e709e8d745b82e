import type { Metadata } from "next";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { countActiveSessions } from "@/lib/auth/session-queries";
import { negotiateLocale } from "@/lib/i18n/locales";
import { getLocalePreference } from "@/lib/preferences/queries";
import { LanguageForm } from "@/components/account/language-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SignOutEverywhereForm } from "@/components/account/sign-out-everywhere-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("metaTitle") };
}

export default async function AccountPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  const member = await requireMember();
  const { changed } = await searchParams;
  const [activeSessions, chosenLocale, t] = await Promise.all([
    countActiveSessions(member.user.id),
    getLocalePreference(member.user.id),
    getTranslations("account"),
  ]);
  const roles = await getTranslations("common.roles");
  const browserLocale = negotiateLocale((await headers()).get("accept-language"));
  return (
    <div className="space-y-8">
      <header>
        <h1 className="text-2xl font-semibold text-slate-900">{t("title")}</h1>
        <p className="mt-1 text-sm text-slate-600">
          {member.user.name} · {member.user.email}
        </p>
      </header>
      <section aria-labelledby="memberships-heading" className="rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="memberships-heading" className="text-base font-semibold text-slate-900">
          {t("organisations")}
        </h2>
        <ul className="mt-3 divide-y divide-slate-100 text-sm">
          {member.memberships.map((membership) => (
            <li key={membership.organisationId} className="flex justify-between py-2">
              <span>{membership.legalName}</span>
              <span className="text-slate-600">{roles(membership.role)}</span>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="language-heading" className="rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="language-heading" className="text-base font-semibold text-slate-900">
          {t("language.heading")}
        </h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">{t("language.description")}</p>
        <LanguageForm chosen={chosenLocale} browserLocale={browserLocale} />
      </section>
      <section aria-labelledby="password-heading" className="rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="password-heading" className="text-base font-semibold text-slate-900">
          {t("password.heading")}
        </h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">{t("password.description")}</p>
        {changed ? (
          <p role="status" className="mb-4 rounded-md border border-green-200 bg-green-50 px-3 py-2 text-sm text-green-800">
            {t("password.changed")}
          </p>
        ) : null}
        <ChangePasswordForm />
      </section>
      <section aria-labelledby="sessions-heading" className="rounded-xl border border-slate-200 bg-white p-6">
        <h2 id="sessions-heading" className="text-base font-semibold text-slate-900">
          {t("sessions.heading")}
        </h2>
        <p className="mb-4 mt-1 text-sm text-slate-600">{t("sessions.description")}</p>
        <SignOutEverywhereForm activeSessions={activeSessions} />
      </section>
    </div>
  );
}
