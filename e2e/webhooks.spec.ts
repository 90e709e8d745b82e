import http from "node:http";
import type { AddressInfo } from "node:net";
import { Webhook } from "standardwebhooks";
import { test, expect, login } from "./fixtures";

const shots = process.env.E2E_SCREENSHOTS;

test.describe("webhooks", () => {
  test("an owner registers an endpoint, sees its secret once, sends a test event and finds it in the delivery log", async ({ page, makeOrganisation, makeUser }) => {
    const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
    const receiver = http.createServer((request, response) => {
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString()));
      request.on("end", () => {
        received.push({ headers: request.headers, body });
        response.writeHead(204).end();
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/ropa`;

    try {
      const organisation = await makeOrganisation("Webhook Test GmbH");
      const owner = await makeUser(organisation, "OWNER");
      await login(page, owner);
      await page.goto("/settings");
      await page.getByRole("navigation", { name: "Settings" }).getByRole("link", { name: "Webhooks" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Webhooks" })).toBeVisible();

      // Refused input stays in the form, with the message next to the field.
      await page.getByLabel("Endpoint address").fill("not an address");
      await page.getByLabel("Description").fill("Ticketing system");
      await page.getByRole("button", { name: "Register endpoint" }).click();
      await expect(page.getByText("Enter a full address, such as https://example.com/webhooks.")).toBeVisible();
      await expect(page.getByText("Choose at least one event to send.")).toBeVisible();
      await expect(page.getByLabel("Description")).toHaveValue("Ticketing system");

      await page.getByLabel("Endpoint address").fill(url);
      await page.getByLabel(/Processing activity created/).check();
      await page.getByRole("button", { name: "Register endpoint" }).click();
      await expect(page.getByText("Endpoint registered.")).toBeVisible();
      const secret = await page.getByLabel("Signing secret").inputValue();
      expect(secret).toMatch(/^whsec_/);
      if (shots) await page.screenshot({ path: `${shots}/webhooks-list.png`, fullPage: true });

      // Shown once: the endpoint's own page does not show it again.
      await page.getByRole("link", { name: url }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Ticketing system" })).toBeVisible();
      await expect(page.getByLabel("Signing secret")).toHaveCount(0);
      await expect(page.getByText(secret)).toHaveCount(0);

      await page.getByRole("button", { name: "Send test event" }).click();
      await expect(page.getByText(/Test event queued/)).toBeVisible();
      await expect.poll(() => received.length, { timeout: 15_000 }).toBeGreaterThan(0);
      const event = new Webhook(secret).verify(received[0].body, received[0].headers as Record<string, string>);
      expect(event).toMatchObject({ type: "webhook.test", organisation: { slug: organisation.slug } });

      await expect(async () => {
        await page.reload();
        await expect(page.getByRole("table").getByText("webhook.test", { exact: true })).toBeVisible({ timeout: 1000 });
      }).toPass({ timeout: 15_000 });
      const log = page.getByRole("table");
      await expect(log.getByText("HTTP 204")).toBeVisible();
      await expect(log.getByText("Delivered")).toBeVisible();
      await log.getByText("Show payload").click();
      await expect(log.getByText(/"type": "webhook.test"/)).toBeVisible();
      if (shots) await page.screenshot({ path: `${shots}/webhooks-endpoint.png`, fullPage: true });
    } finally {
      receiver.close();
    }
  });
});
