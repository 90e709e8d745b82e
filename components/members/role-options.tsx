import type { Role } from "@prisma/client";
import { roleLabels, roles } from "@/lib/auth/roles";

export const roleDescriptions: Record<Role, string> = {
  OWNER: "everything, including members and further organisations",
  DPO: "edits, publishes and exports the register",
  EDITOR: "edits records",
  VIEWER: "reads and exports, changes nothing",
};

export function RoleOptions() {
  return roles.map((role) => (
    <option key={role} value={role}>
      {roleLabels[role]}
    </option>
  ));
}
