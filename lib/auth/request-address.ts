import { env } from "../env";
import { clientAddress } from "./client-address";

/** The client address of a request, as the server derived it from the socket (lib/auth/client-address.ts). */
export function requestClientAddress(headers: Headers): string {
  return clientAddress(headers, env.ROPA_CLIENT_ADDRESS_FROM_SERVER === "1");
}
