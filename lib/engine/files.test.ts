import { NotFoundError, BadRequestError, toFile } from "openai";
import { describe, expect, it } from "vitest";
import { createTestEngine } from "./testing/engine-client";

const te = createTestEngine();
const { client } = te;

const NOTES = "Line one of the notes.\nLine two.\n";

async function uploadNotes(name = "notes.txt") {
  return client.files.create({
    file: await toFile(Buffer.from(NOTES), name, { type: "text/plain" }),
    purpose: "user_data",
  });
}

describe("Files API", () => {
  it("uploads a file and returns its FileObject", async () => {
    const file = await uploadNotes();
    expect(file).toMatchObject({
      object: "file",
      bytes: Buffer.byteLength(NOTES),
      filename: "notes.txt",
      purpose: "user_data",
      status: "processed",
      expires_at: null,
    });
    expect(file.id).toMatch(/^file-/);
    expect(await client.files.retrieve(file.id)).toEqual(file);
  });

  it("serves the content exactly as uploaded, with its media type", async () => {
    const file = await uploadNotes();
    const content = await client.files.content(file.id);
    expect(content.headers.get("content-type")).toBe("text/plain");
    expect(await content.text()).toBe(NOTES);
  });

  it("lists files newest first, filters by purpose and pages with after", async () => {
    const first = await uploadNotes("a.txt");
    const second = await uploadNotes("b.txt");
    const batch = await client.files.create({
      file: await toFile(Buffer.from("{}\n"), "batch.jsonl"),
      purpose: "batch",
    });
    const page = await client.files.list({ purpose: "user_data", limit: 2 });
    expect(page.data.map((file) => file.id)).toEqual([second.id, first.id]);
    expect(page.data.map((file) => file.id)).not.toContain(batch.id);
    const after = await client.files.list({ after: second.id, order: "desc" });
    expect(after.data.map((file) => file.id)).toContain(first.id);
    expect(after.data.map((file) => file.id)).not.toContain(second.id);
  });

  it("deletes a file, after which it is not found", async () => {
    const file = await uploadNotes();
    expect(await client.files.delete(file.id)).toEqual({
      id: file.id,
      object: "file",
      deleted: true,
    });
    await expect(client.files.retrieve(file.id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(client.files.content(file.id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
    await expect(client.files.delete(file.id)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it("takes an expiry after created_at and rejects one out of range", async () => {
    const file = await client.files.create({
      file: await toFile(Buffer.from(NOTES), "expiring.txt"),
      purpose: "user_data",
      expires_after: { anchor: "created_at", seconds: 3600 },
    });
    expect(file.expires_at).toBe(file.created_at + 3600);
    await expect(
      client.files.create({
        file: await toFile(Buffer.from(NOTES), "expiring.txt"),
        purpose: "user_data",
        expires_after: { anchor: "created_at", seconds: 60 },
      }),
    ).rejects.toMatchObject({ status: 400, param: "expires_after.seconds" });
  });
});

describe("Files API limits and errors", () => {
  function upload(form: FormData) {
    return te.engineFetch("/v1/files", { method: "POST", body: form });
  }

  /** An engine whose upload cap is 1 KB, so the cap is tested without moving 32 MB around. */
  const small = createTestEngine({ maxFileBytes: 1024 });

  it("refuses a file over the cap with a 413, storing nothing, and takes one at the cap", async () => {
    const sized = (bytes: number) => {
      const form = new FormData();
      form.set("purpose", "user_data");
      form.set("file", new Blob([new Uint8Array(bytes)]), "data.bin");
      return small.engineFetch("/v1/files", { method: "POST", body: form });
    };
    const res = await sized(1025);
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({
      error: { code: "file_too_large", param: "file" },
    });
    expect((await small.client.files.list()).data).toHaveLength(0);
    expect((await sized(1024)).status).toBe(200);
    expect((await small.client.files.list()).data).toHaveLength(1);
  });

  it("refuses a body far over the cap as it streams in", async () => {
    let pulled = 0;
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(64 * 1024));
        if (pulled > 1000) controller.close();
      },
    });
    const res = await small.engineFetch("/v1/files", {
      method: "POST",
      headers: { "content-type": "multipart/form-data; boundary=x" },
      body,
      duplex: "half",
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(10);
  });

  it("names a missing file, a missing purpose and an unknown purpose", async () => {
    const noFile = new FormData();
    noFile.set("purpose", "user_data");
    expect(await (await upload(noFile)).json()).toMatchObject({
      error: { param: "file", type: "invalid_request_error" },
    });
    const noPurpose = new FormData();
    noPurpose.set("file", new Blob(["x"]), "x.txt");
    expect(await (await upload(noPurpose)).json()).toMatchObject({
      error: { param: "purpose" },
    });
    await expect(
      client.files.create({
        file: await toFile(Buffer.from("x"), "x.txt"),
        // @ts-expect-error: an unknown purpose, on purpose
        purpose: "holiday",
      }),
    ).rejects.toBeInstanceOf(BadRequestError);
  });

  it("rejects an empty file and a JSON body", async () => {
    const empty = new FormData();
    empty.set("purpose", "user_data");
    empty.set("file", new Blob([]), "empty.txt");
    expect((await upload(empty)).status).toBe(400);
    const res = await te.engineFetch("/v1/files", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ purpose: "user_data" }),
    });
    expect(res.status).toBe(400);
  });
});
