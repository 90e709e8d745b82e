import { describe, expect, it } from "vitest";
import { z } from "zod";
import { inEnglish } from "@/lib/i18n/english";
import { changePasswordSchema } from "./schema";

const errors = (input: unknown) => {
  const result = changePasswordSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(Object.entries(z.flattenError(result.error).fieldErrors).map(([field, messages]) => [field, (messages ?? []).map(inEnglish)]));
};

describe("changing a password", () => {
  it("accepts a long enough new password typed twice", () => {
    expect(errors({ currentPassword: "old-password-1", newPassword: "new-password-12", confirmPassword: "new-password-12" })).toEqual({});
  });

  it("explains each mistake next to its field", () => {
    expect(errors({ currentPassword: "", newPassword: "short", confirmPassword: "short" })).toMatchObject({
      currentPassword: ["Enter your current password."],
      newPassword: [expect.stringContaining("at least 10 characters")],
    });
    expect(errors({ currentPassword: "old-password-1", newPassword: "new-password-12", confirmPassword: "new-password-13" })).toMatchObject({
      confirmPassword: ["Type the new password the same way twice."],
    });
    expect(errors({ currentPassword: "same-password-1", newPassword: "same-password-1", confirmPassword: "same-password-1" })).toMatchObject({
      newPassword: ["Choose a password different from the current one."],
    });
  });
});
