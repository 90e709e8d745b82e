/**
 * The keyboard alone: no click, no mouse, only page.keyboard. A DPO signs in,
 * creates a processing activity through the form (the catalogue pickers
 * included) and publishes a policy from the policy editor. Every element
 * reached with Tab must show where the focus is (WCAG 2.4.7) and must not be
 * hidden behind the sticky save bars (WCAG 2.4.11).
 */
import type { Locator, Page } from "@playwright/test";
import { test, expect as baseExpect } from "./fixtures";
import { policyWithActivity } from "./policy-setup";

// Every step is a real round trip to the server (sign-in hashes a password):
// on a busy machine they take longer than the default expectation time.
const expect = baseExpect.configure({ timeout: 30_000 });

type Stop = { name: string; indicator: boolean; visible: boolean; obscuredBy: string | null; previous: { name: string; changed: boolean } | null };

/**
 * Looks at the focused element: whether its outline or shadow marks it, and,
 * for the element focused before, whether that mark went away when the focus
 * left (a style that never changes is no indicator). Nothing is blurred or
 * re-focused for the check, so the page behaves as it does for a person.
 */
function probeFocus(page: Page): Promise<Stop> {
  return page.evaluate(() => {
    type Probe = { el: Element; style: string; name: string };
    const w = window as unknown as { __focusProbe?: Probe };
    const describe = (el: Element) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} “${(el.getAttribute("aria-label") ?? (el as HTMLElement).innerText ?? "").trim().slice(0, 40)}”`;
    const mark = (el: Element) => {
      const style = getComputedStyle(el);
      return `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor} | ${style.boxShadow}`;
    };
    const el = document.activeElement ?? document.body;
    // Focus on <body> after Tab means it fell out of the page (e.g. into an element that then hid itself).
    let previous: Stop["previous"] = null;
    if (w.__focusProbe && w.__focusProbe.el !== el && w.__focusProbe.el.isConnected) {
      previous = { name: w.__focusProbe.name, changed: mark(w.__focusProbe.el) !== w.__focusProbe.style };
    }
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    // A ring is a visible shadow with a spread; the faint drop shadow fields always have is not.
    const shadow = style.boxShadow.split(/,(?![^(]*\))/).some((part) => {
      const [, color = "", lengths = ""] = /^\s*(\S+\([^)]*\)|\S+)\s+(.*)$/.exec(part) ?? [];
      return parseFloat(lengths.split(/\s+/)[3] ?? "0") > 0 && !/,\s*0\)$/.test(color);
    });
    w.__focusProbe = { el, style: mark(el), name: describe(el) };
    const rect = el.getBoundingClientRect();
    const visible = rect.width > 0 && rect.height > 0;
    // What a sighted user sees at the element's centre: the element itself (or
    // its own label), not a sticky bar or a popup lying over it.
    const hit = visible ? document.elementFromPoint(rect.left + rect.width / 2, rect.top + rect.height / 2) : null;
    const own = hit && (hit === el || el.contains(hit) || hit.contains(el) || (el as HTMLInputElement).labels?.[0]?.contains(hit));
    return { name: describe(el), indicator: outline || shadow, visible, obscuredBy: !hit || own ? null : describe(hit), previous };
  });
}

function expectVisibleFocus(stop: Stop) {
  expect.soft(stop.visible, `${stop.name} is visible when focused`).toBe(true);
  expect.soft(stop.indicator, `${stop.name} shows a focus indicator`).toBe(true);
  expect.soft(stop.obscuredBy, `${stop.name} is not hidden behind another element`).toBeNull();
  if (stop.previous) expect.soft(stop.previous.changed, `${stop.previous.name} looks different focused and unfocused`).toBe(true);
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses Tab (or Shift+Tab) until the target has the focus, checking the focus indicator at every stop. */
async function tabTo(page: Page, target: Locator, { backwards = false, max = 150 } = {}) {
  await target.waitFor({ state: "attached", timeout: 10_000 });
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    expectVisibleFocus(await probeFocus(page));
    if (await isFocused(target)) return;
  }
  throw new Error(`${max} presses of Tab never reached ${target}`);
}

/** Types into the focused picker and chooses the first match with Enter, as the list shows it. */
async function pickWithKeyboard(page: Page, picker: Locator, text: string, option: RegExp) {
  await expect(picker).toBeFocused();
  await page.keyboard.type(text);
  const listbox = page.getByRole("listbox").filter({ visible: true });
  await expect(listbox.getByRole("option").first()).toHaveAccessibleName(option);
  await expect(picker).toHaveAttribute("aria-activedescendant", /.+/);
  await page.keyboard.press("Enter");
  await expect(listbox).toHaveCount(0);
}

async function signInWithKeyboard(page: Page, user: { email: string; password: string }) {
  await page.goto("/login");
  await tabTo(page, page.getByLabel("E-mail address"));
  await page.keyboard.type(user.email);
  await tabTo(page, page.getByLabel("Password"));
  await page.keyboard.type(user.password);
  await page.keyboard.press("Enter");
  await expect(page).not.toHaveURL(/\/login/);
}

test("a DPO creates a processing activity with the keyboard alone", async ({ page, makeOrganisation, makeUser }) => {
  test.slow();
  const organisation = await makeOrganisation();
  const dpo = await makeUser(organisation, "DPO");
  await page.setViewportSize({ width: 1280, height: 800 });

  await signInWithKeyboard(page, dpo);

  await tabTo(page, page.getByRole("navigation").getByRole("link", { name: "Activities", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/activities$/);
  await tabTo(page, page.getByRole("main").getByRole("link", { name: "New activity" }).first());
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/activities\/new$/);

  const form = page.getByRole("main");
  await tabTo(page, form.getByRole("textbox", { name: "Name", exact: true }));
  await page.keyboard.type("Newsletter");
  await tabTo(page, form.getByLabel(/Reference code/));
  await page.keyboard.type("MKT-01");

  await tabTo(page, form.getByRole("button", { name: "Add a purpose" }));
  await page.keyboard.press("Enter");
  // The new purpose's fields come before the button: the focus moves into them.
  await expect(form.getByLabel(/What the data is used for/)).toBeFocused();
  await page.keyboard.type("Sending the monthly newsletter");
  const basis = form.getByRole("combobox", { name: /Legal basis/ });
  await tabTo(page, basis);
  await pickWithKeyboard(page, basis, "consent", /6\(1\)\(a\)/);
  await expect(form.getByRole("list", { name: "Chosen" }).getByText(/consent/i)).toBeVisible();

  const subjects = form.getByRole("combobox", { name: /Categories of data subjects/ });
  await tabTo(page, subjects);
  await pickWithKeyboard(page, subjects, "Custom", /^Customers/);
  // Backspace in an empty multi picker takes the last choice back; choose it again.
  await page.keyboard.press("Backspace");
  await expect(form.getByRole("button", { name: /^Remove Customers/ })).toHaveCount(0);
  await pickWithKeyboard(page, subjects, "Custom", /^Customers/);

  await tabTo(page, form.getByRole("button", { name: "Create activity" }));
  await page.screenshot({ path: test.info().outputPath("keyboard-activity-form.png") });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/activities\/[^/]+\?saved=1$/);
  await expect(page.getByRole("heading", { level: 1, name: "Newsletter" })).toBeVisible();
  await expect(page.getByText("Sending the monthly newsletter")).toBeVisible();
  await expect(page.getByText("Customers").first()).toBeVisible();
});

test("a DPO arranges and publishes a policy from the policy editor with the keyboard alone", async ({ page, db, makeOrganisation, makeUser }) => {
  test.slow();
  const organisation = await makeOrganisation();
  const dpo = await makeUser(organisation, "DPO");
  const { policyId } = await policyWithActivity(db, organisation);
  await page.setViewportSize({ width: 1280, height: 800 });

  await signInWithKeyboard(page, dpo);

  await tabTo(page, page.getByRole("navigation").getByRole("link", { name: "Policies", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/policies$/);
  await tabTo(page, page.getByRole("link", { name: "Privacy Policy for the Website" }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/policies/${policyId}$`));

  // Move the activity's section to the top: the button that did it is then
  // disabled, and the focus must stay on the card rather than fall to the page.
  const editor = page.getByRole("form", { name: "Policy draft" });
  const up = editor.getByRole("button", { name: "Move “WEB-01 · Log files” up" });
  await tabTo(page, up);
  await page.keyboard.press("Enter");
  await expect(editor.getByRole("listitem").first()).toHaveAccessibleName(/Log files/);
  await expect(up).toBeDisabled();
  await expect(editor.getByRole("button", { name: "Move “WEB-01 · Log files” down" })).toBeFocused();
  await tabTo(page, editor.getByRole("button", { name: "Save draft" }));
  await page.keyboard.press("Enter");
  await expect(editor.getByRole("status")).toHaveText(/Saved · version \d+|saved/i);

  await tabTo(page, page.getByRole("link", { name: "Publish…" }), { backwards: true, max: 200 });
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/policies/${policyId}/publish$`));

  const summary = page.getByLabel("What changed in this version");
  await tabTo(page, summary);
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("First published version.");
  const warnings = await page.getByRole("checkbox", { name: /^I have considered:/ }).all();
  for (const warning of warnings) {
    await tabTo(page, warning);
    await page.keyboard.press("Space");
    await expect(warning).toBeChecked();
  }
  await tabTo(page, page.getByRole("button", { name: "Publish version" }));
  await page.screenshot({ path: test.info().outputPath("keyboard-publish.png") });
  await page.keyboard.press("Enter");
  await expect(page.getByText("Version 1 was published.")).toBeVisible();

  const published = await db.policyVersion.findFirstOrThrow({ where: { policyId, number: 1 }, select: { changeSummary: true, content: true } });
  expect(published.changeSummary).toBe("First published version.");
  const sections = (published.content as { sections: { activityId?: string | null }[] }).sections;
  expect(sections[0].activityId, "the section moved with the keyboard comes first").toBeTruthy();
});
