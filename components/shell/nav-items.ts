type NavItem = { href: string; label: string };
export type NavGroup = { label: string | null; items: NavItem[] };

export const navGroups: NavGroup[] = [
  {
    label: null,
    items: [
      { href: "/", label: "Dashboard" },
      { href: "/activities", label: "Activities" },
      { href: "/recipients", label: "Recipients & processors" },
      { href: "/catalogues", label: "Catalogues" },
      { href: "/register", label: "Register" },
      { href: "/translations", label: "Translations" },
    ],
  },
  { label: "Publication", items: [{ href: "/policies", label: "Policies" }] },
  {
    label: "Administration",
    items: [
      { href: "/audit", label: "Audit log" },
      { href: "/settings", label: "Settings" },
      { href: "/settings/members", label: "Members" },
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
