export type NavItem = { href: string; label: string };
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
    ],
  },
  { label: "Publication", items: [{ href: "/policies", label: "Policies" }] },
  {
    label: "Administration",
    items: [
      { href: "/audit", label: "Audit log" },
      { href: "/settings", label: "Settings" },
    ],
  },
];

/** The dashboard is current only on itself; every other item also on the pages below it. */
export function isCurrent(pathname: string, href: string): boolean {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}
