import type { AudioFacts } from "./read-audio";
import type { DocumentFacts } from "./read-document";
import type { ImageFacts } from "./read-image";

/** How much of a document's text the reply quotes. */
export const QUOTE_CHARS = 120;

function quote(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat === "") return "no text";
  const start =
    flat.length <= QUOTE_CHARS ? flat : `${flat.slice(0, QUOTE_CHARS)}…`;
  return `starting "${start}"`;
}

function count(n: number, word: string): string {
  return `${n.toLocaleString("en-US")} ${word}${n === 1 ? "" : "s"}`;
}

/** The phrases the reply uses for what the engine read from media parts. */
export const describeMedia = {
  image: (facts: ImageFacts): string =>
    `${facts.format.toUpperCase()} image, ${facts.width}×${facts.height} px${facts.decoded ? "" : " (header checked; too large to decode here)"}`,
  document: (facts: DocumentFacts): string =>
    facts.kind === "pdf"
      ? `PDF, ${count(facts.pages, "page")}, ${count(facts.text.length, "char")} of text, ${quote(facts.text)}`
      : `text, ${count(facts.text.length, "char")} in ${count(facts.lines, "line")}, ${quote(facts.text)}`,
  audio: (facts: AudioFacts): string =>
    `${facts.format.toUpperCase()} audio, ${facts.seconds.toFixed(2)} s, ${facts.sampleRate} Hz ${facts.channels === 1 ? "mono" : `${facts.channels} channels`}`,
};
