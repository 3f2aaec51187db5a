import { expect, test } from "./fixtures";

const RUN_TIMEOUT = 30_000;

test("a configured upstream streams through the HTTP proxy, and a typed key stays in this tab only", async ({
  playground,
}) => {
  const { page } = playground;
  await playground.upstream.selectOption({ label: "Engine over HTTP" });
  const keyField = page.getByRole("textbox", { name: "API key" });
  await expect(keyField).toBeVisible();
  await keyField.fill("sk-typed-by-the-user");

  await playground.send("through the proxy /words 40");
  const response = playground.response(1);
  await expect(playground.statusBadge(response)).toHaveText("completed", {
    timeout: RUN_TIMEOUT,
  });
  expect(await playground.messageWords(response)).toBe(40);

  // The key lives in sessionStorage for this tab; never in the persisted draft or the page's URL.
  const storage = await page.evaluate(() => ({
    local: JSON.stringify({ ...localStorage }),
    session: JSON.stringify({ ...sessionStorage }),
    url: location.href,
  }));
  expect(storage.session).toContain("sk-typed-by-the-user");
  expect(storage.local).not.toContain("sk-typed-by-the-user");
  expect(storage.local).toContain("loopback");
  expect(storage.url).not.toContain("sk-typed");

  // Neither the server's key nor the typed key reaches the browser through the upstream list.
  const upstreams = await page.request.get("/api/upstreams");
  const listed = await upstreams.text();
  expect(listed).toContain("Engine over HTTP");
  expect(listed).not.toContain("server-held-loopback-key");
});

test("an unreachable upstream says so in words and keeps the draft", async ({
  playground,
}) => {
  await playground.upstream.selectOption({ label: "Offline server" });
  // Configured without apiKeyEnv: a server that takes no key, as the field's hint tells a screen reader too.
  const keyField = playground.page.getByRole("textbox", { name: "API key" });
  await expect(keyField).toHaveAttribute("placeholder", "No key needed");
  await expect(keyField).toHaveAccessibleDescription("optional");
  await playground.send("is anyone there?");
  const alert = playground.response(1).getByRole("alert");
  await expect(alert).toContainText("HTTP 502", { timeout: RUN_TIMEOUT });
  await expect(alert).toContainText("upstream_unreachable");
  await expect(alert).toContainText("Could not reach upstream");
  await expect(playground.input).toHaveValue("is anyone there?");
});

test("a model the upstream does not list is pointed out, and the note goes with a listed one", async ({
  playground,
}) => {
  const note = playground.page.getByRole("note");
  await expect(playground.model).toHaveValue("local-echo");
  await expect(note).toHaveCount(0);
  await playground.model.fill("gpt-from-another-server");
  await expect(note).toHaveText(
    "Local engine lists no model named gpt-from-another-server.",
  );
  await playground.model.fill("local-echo");
  await expect(note).toHaveCount(0);
});
