import Link from "next/link";
import type { Role } from "@prisma/client";
import { useTranslations } from "next-intl";
import { signOutAction } from "@/lib/auth/session-actions";
import { Button } from "@/components/ui/button";

function initials(name: string, email: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const letters = words.length >= 2 ? words[0][0] + words[words.length - 1][0] : (words[0] ?? email).slice(0, 2);
  return letters.toUpperCase();
}

export function UserMenu({ user, role }: { user: { name: string; email: string }; role: Role }) {
  const t = useTranslations("shell.user");
  const roles = useTranslations("common.roles");
  return (
    <section aria-label={t("label")}>
      <div className="flex items-start gap-3">
        <span aria-hidden="true" className="flex size-8 shrink-0 items-center justify-center rounded-full bg-slate-200 text-xs font-semibold text-slate-700">
          {initials(user.name, user.email)}
        </span>
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-medium text-slate-900">{user.name || user.email}</p>
          <p className="truncate text-xs text-slate-600">{user.email}</p>
          <p className="text-xs text-slate-600">{roles(role)}</p>
          <Link href="/account" className="mt-1 inline-block text-xs font-medium text-blue-700 hover:underline">
            {t("account")}
          </Link>
        </div>
      </div>
      <form action={signOutAction} className="mt-3">
        <Button type="submit" size="sm" className="w-full">
          {t("signOut")}
        </Button>
      </form>
    </section>
  );
}
