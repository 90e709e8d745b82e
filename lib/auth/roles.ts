import type { Role } from "@prisma/client";

// OWNER: members and everything; DPO: edit, publish, export;
// EDITOR: edit records; VIEWER: read and export.
const rank: Record<Role, number> = { VIEWER: 0, EDITOR: 1, DPO: 2, OWNER: 3 };

export const roles: Role[] = ["OWNER", "DPO", "EDITOR", "VIEWER"];

export function hasRole(role: Role, minimum: Role): boolean {
  return rank[role] >= rank[minimum];
}

export const roleLabels: Record<Role, string> = {
  OWNER: "Owner",
  DPO: "Data protection officer",
  EDITOR: "Editor",
  VIEWER: "Viewer",
};
