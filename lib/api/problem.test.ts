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
