import type { Role } from "@prisma/client";
import { useTranslations } from "next-intl";
import { roles } from "@/lib/auth/roles";

/** The roles as options, named in the reader's language (members.roles). */
export function RoleOptions() {
  const t = useTranslations("members.roles");
  return roles.map((role: Role) => (
    <option key={role} value={role}>
      {t(role)}
    </option>
  ));
}
