import { serveStoreFloor } from "./store-floor";

// Prints the server's origin on its first line of output, for `startStoreFloor` to read.
void serveStoreFloor(process.argv[2] ?? "", process.argv[3] ?? "{}").then(
  (origin) => console.log(origin),
);
