import { describe, expect, it } from "vitest";
import { message } from "@/lib/i18n/message";
import { failure } from "@/lib/mutations/result";
import { failureResponse, problemResponse } from "./problem";

// The write core answers with references into the dashboard's catalogue; an
// API client must read English sentences, never "@@forms.maxChars {…}".
describe("problem details", () => {
  it("words the write core's field errors and form error in English", async () => {
    const invalid = await failureResponse(failure("invalid", { fieldErrors: { name: message("forms.maxChars", { max: 10000 }) } })).json();
    expect(invalid.errors).toEqual([{ pointer: "/name", detail: "Use at most 10,000 characters." }]);
    const refused = await failureResponse(failure("refused", { formError: message("forms.onlyRole", { role: "DPO" }) })).json();
    expect(refused.detail).toBe("Only a data protection officer or an owner can do this.");
  });

  it("keeps plain text as it is", async () => {
    const body = await problemResponse("not-found", "No activity with this id.").json();
    expect(body.detail).toBe("No activity with this id.");
  });
});

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
