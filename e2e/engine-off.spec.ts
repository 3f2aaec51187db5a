import { expect, test } from "./fixtures";
import { HomePage } from "./pages/home-page";

// Runs against the second e2e server: LOCAL_ENGINE=0, one OpenAI-compatible upstream and no key.

test("with LOCAL_ENGINE=0 a fresh browser sends to the configured upstream on its first try", async ({
  playground,
}) => {
  const { page } = playground;
  const home = new HomePage(page);
  await expect(playground.upstream).toHaveValue("compat");
  await expect(page.getByRole("banner")).toContainText(
    "Compatible test server",
  );
  await expect(home.engineStatus).toHaveCount(0);

  await playground.send("first try /words 12");
  const response = playground.response(1);
  await expect(playground.statusBadge(response)).toHaveText("completed", {
    timeout: 30_000,
  });
  expect(await playground.messageWords(response)).toBe(12);
});

test("with LOCAL_ENGINE=0, /v1 says in the API's envelope that the engine is off", async ({
  request,
}) => {
  const response = await request.get("/v1/models");
  expect(response.status()).toBe(404);
  const body = (await response.json()) as { error: { code: string } };
  expect(body.error.code).toBe("local_engine_off");
});

test("a stored draft naming an upstream that is gone falls back to the default, with a note", async ({
  page,
}) => {
  await page.addInitScript(() => {
    localStorage.setItem(
      "responses-playground:draft",
      JSON.stringify({
        state: {
          draft: {
            version: 1,
            upstream: "local",
            model: "local-echo",
            messages: [{ id: "m1", role: "user", text: "kept text" }],
          },
        },
        version: 1,
      }),
    );
  });
  await page.goto("/");
  const upstream = page.getByRole("combobox", { name: "Upstream" });
  await expect(upstream).toHaveValue("compat");
  await expect(page.getByRole("note")).toContainText(
    'The upstream "local" in your draft is not configured on this server',
  );
  await expect(
    page.getByRole("textbox", { name: "Input", exact: true }),
  ).toHaveValue("kept text");
});
