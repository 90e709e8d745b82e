/**
 * The cookie naming the organisation a signed-in user is working in (checked
 * against memberships on every request). A module of its own, with no
 * imports: the guard, the tests' request scope and the access matrix read the
 * name without loading next/headers.
 */
export const ORG_COOKIE = "ropa_org";
