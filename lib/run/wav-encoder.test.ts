import { describe, expect, it } from "vitest";
import { encodeWav, maxWavSeconds, mixToMono } from "./wav-encoder";

function header(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const ascii = (offset: number) =>
    String.fromCharCode(...bytes.slice(offset, offset + 4));
  return {
    riff: ascii(0),
    riffSize: view.getUint32(4, true),
    wave: ascii(8),
    fmt: ascii(12),
    fmtSize: view.getUint32(16, true),
    audioFormat: view.getUint16(20, true),
    channels: view.getUint16(22, true),
    sampleRate: view.getUint32(24, true),
    byteRate: view.getUint32(28, true),
    blockAlign: view.getUint16(32, true),
    bitsPerSample: view.getUint16(34, true),
    data: ascii(36),
    dataSize: view.getUint32(40, true),
  };
}

describe("encodeWav", () => {
  const samples = Float32Array.from([0, 0.5, -0.5, 1, -1, 2, -2]);
  const wav = encodeWav(samples, 24_000);

  it("writes a mono PCM16 RIFF/WAVE header", () => {
    expect(header(wav)).toEqual({
      riff: "RIFF",
      riffSize: 36 + 14,
      wave: "WAVE",
      fmt: "fmt ",
      fmtSize: 16,
      audioFormat: 1,
      channels: 1,
      sampleRate: 24_000,
      byteRate: 48_000,
      blockAlign: 2,
      bitsPerSample: 16,
      data: "data",
      dataSize: 14,
    });
    expect(wav.length).toBe(44 + 14);
  });

  it("stores each sample as a little-endian int16, clipping beyond full scale", () => {
    const view = new DataView(wav.buffer);
    const stored = Array.from(samples, (_, i) =>
      view.getInt16(44 + i * 2, true),
    );
    expect(stored).toEqual([0, 16384, -16384, 32767, -32768, 32767, -32768]);
  });

  it("fits the seconds maxWavSeconds allows into the byte budget, and no more", () => {
    const budget = 44 + 3 * 48_000 + 100;
    const seconds = maxWavSeconds(budget, 24_000);
    expect(seconds).toBe(3);
    const fits = encodeWav(new Float32Array(seconds * 24_000), 24_000);
    const over = encodeWav(new Float32Array((seconds + 1) * 24_000), 24_000);
    expect(fits.length).toBeLessThanOrEqual(budget);
    expect(over.length).toBeGreaterThan(budget);
    expect(maxWavSeconds(10, 24_000)).toBe(0);
  });
});

describe("mixToMono", () => {
  it("averages the channels sample by sample", () => {
    const left = Float32Array.from([1, 0.5, -1]);
    const right = Float32Array.from([0, 0.5, 1]);
    expect(Array.from(mixToMono([left, right]))).toEqual([0.5, 0.5, 0]);
  });

  it("passes a single channel through and gives nothing for none", () => {
    const only = Float32Array.from([0.25]);
    expect(mixToMono([only])).toBe(only);
    expect(mixToMono([])).toHaveLength(0);
  });
});
