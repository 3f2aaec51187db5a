import { toFile } from "openai";
import type { ResponseInputContent } from "openai/resources/responses/responses";
import { describe, expect, it } from "vitest";
import { createTestEngine, postJson } from "./testing/engine-client";
import {
  GIF_1X1,
  jpegBytes,
  mp3Bytes,
  pdfBytes,
  pngDataUrl,
  wavBytes,
} from "./testing/media-fixtures";

const te = createTestEngine();
const { client } = te;

/** Sends one user message with a text part and the given parts; returns the reply text. */
async function reply(parts: ResponseInputContent[]): Promise<string> {
  const response = await client.responses.create({
    model: "local-echo",
    input: [
      {
        role: "user",
        content: [{ type: "input_text", text: "What is this?" }, ...parts],
      },
    ],
  });
  return response.output_text;
}

/** Posts the same shape raw and returns the error envelope and status. */
async function rejection(part: Record<string, unknown>) {
  const before = (await postJson(te, "/v1/responses", { model: "m" })).ok;
  expect(before).toBe(true);
  const res = await postJson(te, "/v1/responses", {
    model: "local-echo",
    input: [
      { role: "user", content: [{ type: "input_text", text: "x" }, part] },
    ],
  });
  const body = (await res.json()) as {
    error: { message: string; type: string; param: string; code: string };
  };
  return { status: res.status, error: body.error };
}

const base64 = (bytes: Buffer) => bytes.toString("base64");

describe("images are decoded", () => {
  it("states the format and pixel size of a PNG data URL", async () => {
    const text = await reply([
      { type: "input_image", image_url: pngDataUrl(37, 21), detail: "auto" },
    ]);
    expect(text).toContain("PNG image, 37×21 px");
  });

  it("reads JPEG and GIF, and an uploaded image by file_id", async () => {
    const file = await client.files.create({
      file: await toFile(jpegBytes(40, 30), "photo.jpg", {
        type: "image/jpeg",
      }),
      purpose: "vision",
    });
    const text = await reply([
      { type: "input_image", file_id: file.id, detail: "low" },
      {
        type: "input_image",
        image_url: `data:image/gif;base64,${base64(GIF_1X1)}`,
        detail: "auto",
      },
    ]);
    expect(text).toContain("JPEG image, 40×30 px");
    expect(text).toContain("GIF image, 1×1 px");
  });

  it("rejects corrupt image data with invalid_image, naming the part", async () => {
    const png = Buffer.from(pngDataUrl(16, 16).split(",")[1] ?? "", "base64");
    const truncated = png.subarray(0, png.length - 20);
    const { status, error } = await rejection({
      type: "input_image",
      image_url: `data:image/png;base64,${base64(truncated)}`,
    });
    expect(status).toBe(400);
    expect(error).toMatchObject({
      type: "invalid_request_error",
      code: "invalid_image",
      param: "input[0].content[1].image_url",
    });
  });

  it("rejects an unsupported type with invalid_image_format", async () => {
    const bmp = Buffer.from(
      "424d1e000000000000001a0000000c000000010001000100180000ff00",
      "hex",
    );
    const { status, error } = await rejection({
      type: "input_image",
      image_url: `data:image/bmp;base64,${base64(bmp)}`,
    });
    expect(status).toBe(400);
    expect(error.code).toBe("invalid_image_format");
  });

  it.each([
    [
      "data:text/markdown;base64,aGVsbG8=",
      "unsupported MIME type 'text/markdown'",
    ],
    ["data:image/png,abc", "a value without the ';base64' separator"],
    ["data:image/png;base64,@@@@", "an invalid base64-encoded value"],
  ])(
    "refuses the image data URL %s in the API's words",
    async (url, detail) => {
      const { status, error } = await rejection({
        type: "input_image",
        image_url: url,
      });
      expect(status).toBe(400);
      expect(error).toMatchObject({
        message: `Invalid 'input[0].content[1].image_url'. Expected a base64-encoded data URL with an image MIME type (e.g. 'data:image/png;base64,aW1nIGJ5dGVzIGhlcmU='), but got ${detail}.`,
        param: "input[0].content[1].image_url",
        code: "invalid_value",
      });
    },
  );

  it("answers an unknown file_id with a 404 naming it", async () => {
    const { status, error } = await rejection({
      type: "input_image",
      file_id: "file-missing",
    });
    expect(status).toBe(404);
    expect(error.param).toBe("input[0].content[1].file_id");
  });
});

describe("files are read", () => {
  it("states a PDF's page count and quotes the start of its text", async () => {
    const pdf = pdfBytes(["Quarterly report of the playground.", "Page two."]);
    const text = await reply([
      {
        type: "input_file",
        filename: "report.pdf",
        file_data: `data:application/pdf;base64,${base64(pdf)}`,
      },
    ]);
    expect(text).toContain("PDF, 2 pages");
    expect(text).toContain('starting "Quarterly report of the playground.');
  });

  it("reads an uploaded text file by file_id: its length, lines and start", async () => {
    const file = await client.files.create({
      file: await toFile(Buffer.from("alpha beta\ngamma\n"), "notes.txt"),
      purpose: "user_data",
    });
    const text = await reply([{ type: "input_file", file_id: file.id }]);
    expect(text).toContain(
      'text, 17 chars in 3 lines, starting "alpha beta gamma"',
    );
  });

  it("rejects a corrupt PDF and a binary file", async () => {
    const broken = Buffer.from("%PDF-1.4\nthis is not a pdf at all");
    const pdf = await rejection({
      type: "input_file",
      filename: "broken.pdf",
      file_data: `data:application/pdf;base64,${base64(broken)}`,
    });
    expect(pdf.status).toBe(400);
    expect(pdf.error).toMatchObject({
      code: "invalid_file",
      param: "input[0].content[1].file_data",
    });
    const binary = await rejection({
      type: "input_file",
      filename: "blob.bin",
      file_data: base64(Buffer.from([0, 1, 2, 255, 0])),
    });
    expect(binary.error.code).toBe("unsupported_file");
  });
});

describe("audio is measured", () => {
  it("states a WAV's format and duration", async () => {
    const text = await reply([
      {
        type: "input_audio",
        input_audio: { data: base64(wavBytes(2.5)), format: "wav" },
      },
    ] as unknown as ResponseInputContent[]);
    expect(text).toContain("WAV audio, 2.50 s, 16000 Hz mono");
  });

  it("states an MP3's duration from its frames", async () => {
    const text = await reply([
      {
        type: "input_audio",
        input_audio: { data: base64(mp3Bytes(100)), format: "mp3" },
      },
    ] as unknown as ResponseInputContent[]);
    expect(text).toContain(
      `MP3 audio, ${((100 * 1152) / 44100).toFixed(2)} s, 44100 Hz`,
    );
  });

  it("rejects audio that is not what its format says", async () => {
    const { status, error } = await rejection({
      type: "input_audio",
      input_audio: { data: base64(Buffer.from("not audio")), format: "wav" },
    });
    expect(status).toBe(400);
    expect(error.param).toBe("input[0].content[1].input_audio");
  });
});
