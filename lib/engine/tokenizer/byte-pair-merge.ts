/** What `rankOf` answers for bytes that are no token. */
export const NO_MERGE = 0x7fffffff;

/** A pair's place in the heap: its rank first, then its position, so the leftmost of equal ranks comes first. */
const POSITIONS = 2 ** 32;

/** A binary min-heap of pairs by key, each with the version of its left part when it was pushed. */
class PairHeap {
  private keys = new Float64Array(64);
  private versions = new Int32Array(64);
  private size = 0;

  get empty(): boolean {
    return this.size === 0;
  }

  clear(): void {
    this.size = 0;
  }

  push(key: number, version: number): void {
    if (this.size === this.keys.length) this.grow();
    let i = this.size++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((this.keys[parent] as number) <= key) break;
      this.keys[i] = this.keys[parent] as number;
      this.versions[i] = this.versions[parent] as number;
      i = parent;
    }
    this.keys[i] = key;
    this.versions[i] = version;
  }

  /** The first pair's key and version; it leaves the heap. */
  pop(): { key: number; version: number } {
    const top = {
      key: this.keys[0] as number,
      version: this.versions[0] as number,
    };
    const last = --this.size;
    const key = this.keys[last] as number;
    const version = this.versions[last] as number;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= last) break;
      if (
        child + 1 < last &&
        (this.keys[child + 1] as number) < (this.keys[child] as number)
      )
        child++;
      if ((this.keys[child] as number) >= key) break;
      this.keys[i] = this.keys[child] as number;
      this.versions[i] = this.versions[child] as number;
      i = child;
    }
    this.keys[i] = key;
    this.versions[i] = version;
    return top;
  }

  private grow(): void {
    const keys = new Float64Array(this.keys.length * 2);
    keys.set(this.keys);
    this.keys = keys;
    const versions = new Int32Array(this.versions.length * 2);
    versions.set(this.versions);
    this.versions = versions;
  }
}

// Reused from piece to piece, as a text has many: parts are runs of bytes named by their first byte, next[i]
// being where the part after part i starts; a part's version changes whenever it or its right neighbour does,
// which makes the pair queued for it stale.
let next = new Int32Array(256);
let previous = new Int32Array(256);
let versions = new Int32Array(256);
const heap = new PairHeap();

/**
 * Byte-pair merging of one piece of `length` bytes, tiktoken's algorithm: the adjacent pair with the lowest
 * rank merges first, the leftmost on a tie, until no pair is a token; `emit` gets each resulting part's bytes.
 * Pairs wait in a heap and a pair whose left part changed since it was pushed is skipped, so a piece of n
 * bytes takes O(n log n): rescanning every pair per merge took minutes for one long run of a letter.
 */
export function mergeBytePairs(
  length: number,
  rankOf: (start: number, end: number) => number,
  emit: (start: number, end: number) => void,
): void {
  if (next.length <= length) {
    next = new Int32Array(2 * length + 2);
    previous = new Int32Array(2 * length + 2);
    versions = new Int32Array(2 * length + 2);
  }
  versions.fill(0, 0, length + 1);
  heap.clear();
  const bump = (part: number) =>
    (versions[part] = (versions[part] as number) + 1);
  const queue = (left: number) => {
    const right = next[left] as number;
    if (right >= length) return;
    const rank = rankOf(left, next[right] as number);
    if (rank !== NO_MERGE)
      heap.push(rank * POSITIONS + left, versions[left] as number);
  };
  for (let i = 0; i <= length; i++) {
    next[i] = i + 1;
    previous[i] = i - 1;
  }
  for (let i = 0; i + 1 < length; i++) queue(i);
  while (!heap.empty) {
    const { key, version } = heap.pop();
    const left = key % POSITIONS;
    if (versions[left] !== version) continue;
    const right = next[left] as number;
    const end = next[right] as number;
    next[left] = end;
    previous[end] = left;
    bump(left);
    bump(right);
    queue(left);
    const before = previous[left] as number;
    if (before >= 0) {
      bump(before);
      queue(before);
    }
  }
  for (let start = 0; start < length; start = next[start] as number)
    emit(start, next[start] as number);
}
