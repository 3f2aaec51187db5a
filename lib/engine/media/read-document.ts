import { invalidRequest } from "../errors";

export type DocumentFacts =
  | { kind: "pdf"; pages: number; text: string }
  | { kind: "text"; text: string; lines: number };

const PDF_MAGIC = "%PDF-";

/** Reads a PDF's pages and text with unpdf (PDF.js built for servers, loaded only when a PDF arrives). */
async function readPdf(bytes: Buffer, param: string): Promise<DocumentFacts> {
  const { extractText, getDocumentProxy } = await import("unpdf");
  try {
    // Verbosity 0: PDF.js would otherwise print warnings about damaged files to stdout.
    const pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    const { totalPages, text } = await extractText(pdf, { mergePages: true });
    await pdf.destroy();
    return { kind: "pdf", pages: totalPages, text };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw invalidRequest(
      `The PDF file could not be read (${reason}). Please check the file and try again.`,
      param,
      "invalid_file",
    );
  }
}

/** Decodes bytes as UTF-8 text; null for binary data (invalid UTF-8 or NUL bytes). */
function asText(bytes: Buffer): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Reads an `input_file`: a PDF's page count and text, or a text file's length and text; any other
 * binary file gets the API's unsupported-file error. `param` names the part in the request.
 */
export async function readDocument(
  bytes: Buffer,
  filename: string | undefined,
  param: string,
): Promise<DocumentFacts> {
  if (bytes.subarray(0, PDF_MAGIC.length).toString("latin1") === PDF_MAGIC)
    return readPdf(bytes, param);
  const text = asText(bytes);
  if (text === null)
    throw invalidRequest(
      `The file${filename ? ` '${filename}'` : ""} is neither a PDF nor text, which are the file types the local engine reads.`,
      param,
      "unsupported_file",
    );
  return {
    kind: "text",
    text,
    lines: text === "" ? 0 : text.split("\n").length,
  };
}
