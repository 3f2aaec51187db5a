"use client";

import type { PartialImage } from "@/lib/protocol";
import type { ItemOf } from "./item-of";
import { Field, Note, OutputImage, TextBlock } from "./item-parts";

const mimeTypes: Record<string, string> = {
  png: "image/png",
  webp: "image/webp",
  jpeg: "image/jpeg",
  gif: "image/gif",
  svg: "image/svg+xml",
};

function dataUrl(b64: string, format: string | null | undefined): string {
  return `data:${mimeTypes[format ?? "png"] ?? "image/png"};base64,${b64}`;
}

function extension(format: string | null | undefined): string {
  return format && format in mimeTypes ? format : "png";
}

/** An image generation call: each partial image as it arrives, then the final image with a download link. */
export function ImageGenerationView({
  item,
  partialImages,
}: {
  item: ItemOf<"image_generation_call">;
  partialImages: readonly PartialImage[];
}) {
  const latest = partialImages.at(-1);
  const format = item.output_format ?? latest?.outputFormat ?? null;
  const details = [item.size, item.quality, item.background, item.action]
    .filter((value) => typeof value === "string" && value !== "")
    .join(" · ");
  return (
    <div className="flex flex-col gap-1.5">
      {item.revised_prompt ? (
        <Field label="Revised prompt">{item.revised_prompt}</Field>
      ) : null}
      {details ? <Field label="Settings">{details}</Field> : null}
      {item.result ? (
        <OutputImage
          src={dataUrl(item.result, format)}
          alt={item.revised_prompt ?? "Generated image"}
          filename={`${item.id || "image"}.${extension(format)}`}
        />
      ) : latest ? (
        <OutputImage
          src={dataUrl(latest.b64, latest.outputFormat ?? format)}
          alt={`Partial image ${latest.partialImageIndex + 1}`}
          className="opacity-90"
        />
      ) : item.error ? null : (
        <Note>Generating…</Note>
      )}
      {partialImages.length > 0 ? (
        <div className="flex flex-col gap-1">
          <span className="text-xs text-zinc-500">
            {partialImages.length} partial{" "}
            {partialImages.length === 1 ? "image" : "images"}
            {item.result ? "" : " so far"}
          </span>
          <ol aria-label="Partial images" className="flex flex-wrap gap-1.5">
            {partialImages.map((image) => (
              <li key={image.eventIndex}>
                <OutputImage
                  src={dataUrl(image.b64, image.outputFormat ?? format)}
                  alt={`Partial image ${image.partialImageIndex + 1}`}
                  thumbnail
                />
              </li>
            ))}
          </ol>
        </div>
      ) : null}
      {item.error ? (
        <TextBlock
          tone="error"
          label="Image generation error"
          text={`${item.error.code ?? item.error.type}: ${item.error.message}`}
        />
      ) : null}
    </div>
  );
}
