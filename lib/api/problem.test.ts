import { describe, expect, it } from "vitest";
import { message } from "@/lib/i18n/message";
import { failureResponse } from "./problem";

describe("failureResponse", () => {
  it("answers the messages lib/ gives as catalogue references in English, and plain text as it is", async () => {
    const response = failureResponse({
      kind: "invalid",
      formError: message("activityForm.form.invalid"),
      fieldErrors: { reference: message("activityForm.errors.referenceTaken", { reference: "HR-01" }), name: "Enter a name." },
    });
    expect(response.status).toBe(422);
    expect(await response.json()).toMatchObject({
      detail: "Some entries need your attention. They are marked below.",
      errors: [
        { pointer: "/reference", detail: "Another activity already uses the reference “HR-01”. Choose a different one." },
        { pointer: "/name", detail: "Enter a name." },
      ],
    });
  });
});
