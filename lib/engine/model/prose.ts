/** Plain words the prose is drawn from, so long outputs read like text and tokenize like text. */
const WORDS = (
  "the engine streams a response with every event in order and each item " +
  "keeps its id while tokens arrive one by over time so client can render " +
  "partial text before message is complete model reads input writes " +
  "output that tests expect because nothing here depends on chance quiet " +
  "local server answers request same way twice playground shows tree of " +
  "items next to raw log careful reader notices small details like " +
  "sequence numbers rising steadily from zero"
).split(" ");

/** A linear congruential step: deterministic, cheap, and good enough to vary word choice. */
function nextSeed(seed: number): number {
  return (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
}

/** Sentence lengths cycle through this list so the rhythm is varied but fixed. */
const SENTENCE_LENGTHS = [9, 14, 7, 12, 16, 10, 8, 13];

/** Sentences per paragraph, so long outputs have paragraph breaks to render. */
const SENTENCES_PER_PARAGRAPH = 5;

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Exactly `count` words of deterministic prose; a shorter count gives a prefix of a longer one
 * (except the final period), so outputs grow predictably.
 */
export function prose(count: number, seed = 7): string {
  let state = seed >>> 0;
  let sentence = 0;
  let position = 0;
  let out = "";
  for (let index = 0; index < count; index += 1) {
    state = nextSeed(state);
    const word = WORDS[(state >>> 16) % WORDS.length] ?? "the";
    const length = SENTENCE_LENGTHS[sentence % SENTENCE_LENGTHS.length] ?? 10;
    const last = position === length - 1 || index === count - 1;
    out += (position === 0 ? capitalize(word) : word) + (last ? "." : "");
    position += 1;
    if (position === length) {
      position = 0;
      sentence += 1;
    }
    if (index < count - 1) {
      out +=
        position === 0 && sentence % SENTENCES_PER_PARAGRAPH === 0
          ? "\n\n"
          : " ";
    }
  }
  return out;
}

/** Counts whitespace-separated words, the definition `/words N` promises. */
export function countWords(text: string): number {
  const trimmed = text.trim();
  return trimmed === "" ? 0 : trimmed.split(/\s+/).length;
}
