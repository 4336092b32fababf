import "server-only";
import path from "node:path";
import { env } from "@/lib/env";
import { type DocumentStore, LocalDocumentStore } from "./store";

let store: DocumentStore | undefined;

/** The app's document store: `<LOKET_DATA_DIR>/files`. */
export function documentStore(): DocumentStore {
  store ??= new LocalDocumentStore(path.join(/*turbopackIgnore: true*/ env().dataDir, "files"));
  return store;
}
