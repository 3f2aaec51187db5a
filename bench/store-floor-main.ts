import { serveStoreFloor, type FloorSamples } from "./store-floor";

// Prints the server's origin on its first line of output, for `startStoreFloor` to read.
void serveStoreFloor(
  process.argv[2] ?? "",
  JSON.parse(process.argv[3] ?? "{}") as FloorSamples,
).then((origin) => console.log(origin));
