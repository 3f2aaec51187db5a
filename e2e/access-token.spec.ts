import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import OpenAI from "openai";
import { PlaygroundPage } from "./pages/playground-page";
import { ACCESS_TOKEN } from "./private-server";

// Runs against the third e2e server: the same build with PLAYGROUND_ACCESS_TOKEN set.

async function signIn(page: Page): Promise<void> {
  await page.goto("/access");
  await page.getByLabel("Access token").fill(ACCESS_TOKEN);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page).toHaveURL(/\/$/);
}

test("a private playground asks for its token, returns to the link that was opened, and then works as ever", async ({
  page,
}) => {
  await page.goto("/responses#kept-fragment");
  await expect(page).toHaveURL(/\/access\?next=%2Fresponses#kept-fragment$/);
  const token = page.getByLabel("Access token");
  const submit = page.getByRole("button", { name: "Continue" });

  await token.fill("not-the-right-token-at-all");
  await submit.click();
  await expect(page.getByRole("alert")).toHaveText(
    "That is not this playground's access token.",
  );

  await token.fill(ACCESS_TOKEN);
  await submit.click();
  await expect(page).toHaveURL(/\/responses#kept-fragment$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // The browser holds an HMAC of the token, out of reach of the page's scripts, never the token itself.
  const cookies = await page.context().cookies();
  expect(cookies).toHaveLength(1);
  expect(cookies[0]).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  expect(cookies[0]?.value).not.toContain(ACCESS_TOKEN);

  const playground = new PlaygroundPage(page);
  await playground.goto();
  await playground.send("private /words 20");
  const response = playground.response(1);
  await expect(playground.statusBadge(response)).toHaveText("completed", {
    timeout: 30_000,
  });
  expect(await playground.messageWords(response)).toBe(20);
  expect(await page.content()).not.toContain(ACCESS_TOKEN);
});

test("the official SDK needs the token as its key, and a refused call is the API's 401", async ({
  baseURL,
}) => {
  const client = (apiKey: string) =>
    new OpenAI({ baseURL: `${baseURL ?? ""}/v1`, apiKey, maxRetries: 0 });
  const created = await client(ACCESS_TOKEN).responses.create({
    model: "local-echo",
    input: "private sdk",
  });
  expect(created.output_text).toContain("You said: private sdk");
  await expect(
    client("sk-not-the-token").responses.retrieve(created.id),
  ).rejects.toMatchObject({
    status: 401,
    code: "access_token_required",
    message: expect.stringContaining("not this playground's access token"),
  });
});

test("code exported for the local engine sends the access token as its key, and runs", async ({
  page,
}) => {
  await signIn(page);
  const playground = new PlaygroundPage(page);
  await playground.input.fill("exported privately");
  await playground.streamToggle.uncheck();
  const code = await playground.requestCode("curl");
  expect(code).toContain("Authorization: Bearer $PLAYGROUND_ACCESS_TOKEN");
  const run = (token: string) =>
    JSON.parse(
      execFileSync("sh", ["-c", code], {
        encoding: "utf8",
        env: { ...process.env, PLAYGROUND_ACCESS_TOKEN: token },
        stdio: ["ignore", "pipe", "pipe"],
        timeout: 30_000,
      }),
    ) as { status?: string; error?: { code: string } };
  expect(run(ACCESS_TOKEN).status).toBe("completed");
  expect(run("").error?.code).toBe("access_token_required");
});

test("the header's Sign out forgets this browser's sign-in and the keys typed in the tab, and the token is asked for again", async ({
  page,
}) => {
  await signIn(page);
  // A key typed for an upstream this tab, as the key field stores it.
  const typedKeys = () =>
    page.evaluate(() =>
      sessionStorage.getItem("responses-playground:api-keys"),
    );
  await page.evaluate(() =>
    sessionStorage.setItem(
      "responses-playground:api-keys",
      JSON.stringify({ state: { keys: { local: "sk-typed" } }, version: 1 }),
    ),
  );
  await page.reload();
  expect(await typedKeys()).toContain("sk-typed");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/access\?signed-out$/);
  expect(await typedKeys()).not.toContain("sk-typed");
  await expect(page.getByRole("status")).toHaveText("You have signed out.");
  expect(await page.context().cookies()).toEqual([]);
  await page.goto("/responses");
  await expect(page).toHaveURL(/\/access\?next=%2Fresponses$/);
  await expect(page.getByLabel("Access token")).toBeVisible();
});
