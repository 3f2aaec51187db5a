import { serveByteRelay } from "./byte-relay";

// Prints the relay's origin on its first line of output, for `startByteRelay` to read.
void serveByteRelay(process.argv[2] ?? "").then((origin) =>
  console.log(origin),
);
