import { invalidRequest } from "../errors";

export interface AudioFacts {
  format: "wav" | "mp3";
  seconds: number;
  sampleRate: number;
  channels: number;
}

function invalidAudio(param: string, format: string, detail: string) {
  return invalidRequest(
    `The audio data is not valid ${format} (${detail}). Please check your input and try again.`,
    param,
    "invalid_input_audio",
  );
}

/** Reads a RIFF/WAVE file's `fmt ` and `data` chunks: duration = data bytes / bytes per second. */
function readWav(bytes: Buffer, param: string): AudioFacts {
  if (
    bytes.length < 12 ||
    bytes.toString("latin1", 0, 4) !== "RIFF" ||
    bytes.toString("latin1", 8, 12) !== "WAVE"
  )
    throw invalidAudio(param, "wav", "no RIFF/WAVE header");
  let format: {
    channels: number;
    sampleRate: number;
    byteRate: number;
  } | null = null;
  for (let offset = 12; offset + 8 <= bytes.length;) {
    const id = bytes.toString("latin1", offset, offset + 4);
    const size = bytes.readUInt32LE(offset + 4);
    const body = offset + 8;
    if (id === "fmt " && body + 16 <= bytes.length)
      format = {
        channels: bytes.readUInt16LE(body + 2),
        sampleRate: bytes.readUInt32LE(body + 4),
        byteRate: bytes.readUInt32LE(body + 8),
      };
    if (id === "data") {
      if (format === null || format.byteRate === 0)
        throw invalidAudio(param, "wav", "no usable fmt chunk before the data");
      const dataBytes = Math.min(size, bytes.length - body);
      return {
        format: "wav",
        seconds: dataBytes / format.byteRate,
        sampleRate: format.sampleRate,
        channels: format.channels,
      };
    }
    offset = body + size + (size % 2);
  }
  throw invalidAudio(param, "wav", "no data chunk");
}

/** kbit/s by bitrate index, for MPEG-1 and MPEG-2/2.5 Layer III. */
const BITRATES = {
  mpeg1: [0, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  mpeg2: [0, 8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const SAMPLE_RATES = {
  3: [44100, 48000, 32000],
  2: [22050, 24000, 16000],
  0: [11025, 12000, 8000],
};

interface Mp3Frame {
  length: number;
  samples: number;
  sampleRate: number;
  channels: number;
}

/** Parses the MPEG audio Layer III frame header at `offset`; null when there is none. */
function frameAt(bytes: Buffer, offset: number): Mp3Frame | null {
  if (offset + 4 > bytes.length) return null;
  const header = bytes.readUInt32BE(offset);
  if (header >>> 21 !== 0x7ff || ((header >>> 17) & 3) !== 1) return null;
  const version = (header >>> 19) & 3;
  if (version !== 3 && version !== 2 && version !== 0) return null;
  const mpeg1 = version === 3;
  const kbps = (mpeg1 ? BITRATES.mpeg1 : BITRATES.mpeg2)[(header >>> 12) & 15];
  const sampleRate = SAMPLE_RATES[version][(header >>> 10) & 3];
  if (!kbps || !sampleRate) return null;
  const padding = (header >>> 9) & 1;
  const samples = mpeg1 ? 1152 : 576;
  return {
    length: Math.floor(((samples / 8) * kbps * 1000) / sampleRate) + padding,
    samples,
    sampleRate,
    channels: ((header >>> 6) & 3) === 3 ? 1 : 2,
  };
}

/** Skips an ID3v2 tag (its size is four 7-bit bytes). */
function audioStart(bytes: Buffer): number {
  if (bytes.length < 10 || bytes.toString("latin1", 0, 3) !== "ID3") return 0;
  const size =
    ((bytes[6] ?? 0) << 21) |
    ((bytes[7] ?? 0) << 14) |
    ((bytes[8] ?? 0) << 7) |
    (bytes[9] ?? 0);
  return 10 + size;
}

/** Walks an MP3's frames from the first header to the end, summing their samples. */
function readMp3(bytes: Buffer, param: string): AudioFacts {
  let offset = audioStart(bytes);
  let first: Mp3Frame | null = null;
  let samples = 0;
  for (
    let frame = frameAt(bytes, offset);
    frame;
    frame = frameAt(bytes, offset)
  ) {
    first ??= frame;
    samples += frame.samples;
    offset += frame.length;
  }
  if (first === null)
    throw invalidAudio(
      param,
      "mp3",
      "no MPEG audio frame where one should start",
    );
  return {
    format: "mp3",
    seconds: samples / first.sampleRate,
    sampleRate: first.sampleRate,
    channels: first.channels,
  };
}

/** Reads an `input_audio` part's duration from its bytes, in the format the part declares. */
export function readAudio(
  bytes: Buffer,
  format: string,
  param: string,
): AudioFacts {
  if (format === "wav") return readWav(bytes, param);
  if (format === "mp3") return readMp3(bytes, param);
  throw invalidRequest(
    `Invalid value: '${format}'. Supported values are: 'mp3' and 'wav'.`,
    param,
    "invalid_value",
  );
}
