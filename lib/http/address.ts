/**
 * Addresses that cannot name anything in this application: percent-encoding
 * that does not decode, or NUL and other control characters in the path or a
 * query parameter. They are refused with 400 before any route reads the
 * database: PostgreSQL text cannot hold NUL, so such input used to reach a
 * query and fail there as a 500 with a stack trace in the log. proxy.ts
 * checks the application's addresses; the public policy handlers, which the
 * proxy does not run for, check their own (lib/policies/public-routes.ts).
 */

// C0 controls and DEL: no address of this application contains them.
const CONTROL = /[\u0000-\u001f\u007f]/;

/** A path that decodes to printable text, and query parameters without control characters. */
export function validAddress(pathname: string, searchParams: URLSearchParams): boolean {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return false;
  }
  if (CONTROL.test(path)) return false;
  for (const [name, value] of searchParams) {
    if (CONTROL.test(name) || CONTROL.test(value)) return false;
  }
  return true;
}

export function badAddressResponse(): Response {
  return new Response("Bad request: the address is not valid.", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
