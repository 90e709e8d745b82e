// A convenience redirect to the login page for signed-out visitors (the
// `authorized` callback in lib/auth). The real checks are requireMember() in
// every page, action and route handler.
export { auth as proxy } from "@/lib/auth";

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|p/).*)"],
};
