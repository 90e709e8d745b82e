import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { requireMember } from "@/lib/auth/guard";
import { AppShell } from "@/components/shell/app-shell";
import { OrganisationSwitcher } from "@/components/shell/organisation-switcher";
import { SidebarNav } from "@/components/shell/sidebar-nav";
import { UserMenu } from "@/components/shell/user-menu";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const member = await requireMember();
  const { organisation } = member;
  const t = await getTranslations("shell");
  return (
    <>
      <a
        href="#main"
        className="sr-only rounded-md bg-white px-3 py-2 text-sm font-medium text-blue-800 shadow focus:not-sr-only focus:fixed focus:top-2 focus:left-2 focus:z-50"
      >
        {t("skipToMain")}
      </a>
      <AppShell
        organisationName={organisation.legalName}
        sidebar={
          <div className="flex flex-1 flex-col gap-6 py-4">
            <SidebarNav />
            <div className="mt-auto space-y-4 border-t border-slate-200 px-5 pt-4">
              <OrganisationSwitcher memberships={member.memberships} currentId={organisation.id} />
              <UserMenu user={member.user} role={member.role} />
            </div>
          </div>
        }
      >
        <main id="main" className="mx-auto w-full max-w-7xl px-4 py-6 sm:px-6 lg:px-8 lg:py-8">
          {children}
        </main>
      </AppShell>
    </>
  );
}
