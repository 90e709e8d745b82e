/** The cookie naming the organisation a signed-in user is working in (checked against memberships on every request). */
export const ORG_COOKIE = "ropa_org";
