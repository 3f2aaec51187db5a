import { servePlainProxy } from "./plain-proxy";

// Prints the proxy's origin on its first line of output, for `startPlainProxy` to read.
void servePlainProxy(process.argv[2] ?? "").then((origin) =>
  console.log(origin),
);
