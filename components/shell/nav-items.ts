import type { Messages } from "@/messages";

/** Labels are keys of the "shell.nav" messages. */
type NavLabel = keyof Messages["shell"]["nav"];
type NavItem = { href: string; label: NavLabel };
export type NavGroup = { label: NavLabel | null; items: NavItem[] };

export const navGroups: NavGroup[] = [
  {
    label: null,
    items: [
      { href: "/", label: "dashboard" },
      { href: "/activities", label: "activities" },
      { href: "/recipients", label: "recipients" },
      { href: "/catalogues", label: "catalogues" },
      { href: "/register", label: "register" },
      { href: "/translations", label: "translations" },
    ],
  },
  { label: "publication", items: [{ href: "/policies", label: "policies" }] },
  {
    label: "administration",
    items: [
      { href: "/audit", label: "audit" },
      { href: "/settings", label: "settings" },
      { href: "/settings/members", label: "members" },
    ],
  },
];

const allHrefs = navGroups.flatMap((group) => group.items.map((item) => item.href));

function within(pathname: string, href: string): boolean {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The dashboard is current only on itself; every other item also on the pages
 * below it, unless a more specific item covers them (Members under Settings).
 */
export function isCurrent(pathname: string, href: string): boolean {
  if (href === "/") return pathname === "/";
  if (!within(pathname, href)) return false;
  return !allHrefs.some((other) => other !== href && other.startsWith(`${href}/`) && within(pathname, other));
}
