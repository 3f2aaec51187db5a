/** input_audio takes mp3 or wav only, so recordings are sent as 16-bit PCM WAV. */
const BYTES_PER_SAMPLE = 2;
const HEADER_BYTES = 44;

/** The whole seconds of mono sound at `sampleRate` a WAV of at most `bytes` holds, so a recorder can stop in time. */
export function maxWavSeconds(bytes: number, sampleRate: number): number {
  return Math.max(
    0,
    Math.floor((bytes - HEADER_BYTES) / (sampleRate * BYTES_PER_SAMPLE)),
  );
}

/** The average of the channels, sample by sample: speech needs one channel, and it halves a stereo file. */
export function mixToMono(channels: readonly Float32Array[]): Float32Array {
  const [first, ...rest] = channels;
  if (!first) return new Float32Array(0);
  if (rest.length === 0) return first;
  const mono = new Float32Array(first.length);
  for (let i = 0; i < mono.length; i += 1) {
    let sum = first[i] ?? 0;
    for (const channel of rest) sum += channel[i] ?? 0;
    mono[i] = sum / channels.length;
  }
  return mono;
}

/** A float sample in [-1, 1] as a signed 16-bit integer; louder values are clipped, not wrapped. */
function toInt16(sample: number): number {
  const clipped = Math.max(-1, Math.min(1, sample));
  return clipped < 0
    ? Math.round(clipped * 0x8000)
    : Math.round(clipped * 0x7fff);
}

/** Encodes mono float samples as a RIFF/WAVE file: a 44-byte header, then little-endian PCM16 samples. */
export function encodeWav(
  samples: Float32Array,
  sampleRate: number,
): Uint8Array {
  const dataBytes = samples.length * BYTES_PER_SAMPLE;
  const bytes = new Uint8Array(HEADER_BYTES + dataBytes);
  const view = new DataView(bytes.buffer);
  const ascii = (offset: number, text: string) => {
    for (let i = 0; i < text.length; i += 1)
      view.setUint8(offset + i, text.charCodeAt(i));
  };
  ascii(0, "RIFF");
  view.setUint32(4, 36 + dataBytes, true);
  ascii(8, "WAVE");
  ascii(12, "fmt ");
  view.setUint32(16, 16, true); // size of the PCM fmt chunk
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * BYTES_PER_SAMPLE, true);
  view.setUint16(32, BYTES_PER_SAMPLE, true);
  view.setUint16(34, 8 * BYTES_PER_SAMPLE, true);
  ascii(36, "data");
  view.setUint32(40, dataBytes, true);
  samples.forEach((sample, i) =>
    view.setInt16(HEADER_BYTES + i * BYTES_PER_SAMPLE, toInt16(sample), true),
  );
  return bytes;
}
