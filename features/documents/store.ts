import { randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { Readable } from "node:stream";
import { StorageFullError } from "@/lib/errors";

/**
 * Where documents live: outside the web root, addressed by opaque keys (never by a name the user
 * chose). One interface so an S3-compatible store can be added beside the local folder.
 */
export interface DocumentStore {
  /** Writes atomically: a reader never sees a half-written file. */
  put(key: string, data: Uint8Array): Promise<void>;
  read(key: string): Promise<ReadableStream<Uint8Array>>;
  remove(key: string): Promise<void>;
  exists(key: string): Promise<boolean>;
  /** Every stored document with when it was written, for the orphan sweep. */
  list(): AsyncIterable<StoredEntry>;
  /** Removes leftovers of writes that never finished (a crash between write and rename) older than `before`. */
  removeUnfinishedWrites(before: Date): Promise<number>;
}

export interface StoredEntry {
  key: string;
  modifiedAt: Date;
}

const TEMP_SUFFIX = /\.[0-9a-f-]{36}\.tmp$/;

const KEY = /^[a-z0-9][a-z0-9/_-]{0,200}$/;

/**
 * Documents hold personal data: only the server's own account may read them, whatever the
 * process's umask (which can only take permissions away, so the modes are given at creation and
 * folders that already exist are tightened).
 */
const FILE_MODE = 0o600;
const FOLDER_MODE = 0o700;

export class LocalDocumentStore implements DocumentStore {
  constructor(readonly root: string) {}

  private file(key: string): string {
    if (!KEY.test(key) || key.includes("..")) throw new Error(`invalid document key`);
    return path.join(/*turbopackIgnore: true*/ this.root, key);
  }

  /**
   * Durable before it returns: the file is flushed, renamed into place and its folder flushed, so a
   * request acknowledged after a crash never points at a missing or empty file.
   */
  async put(key: string, data: Uint8Array): Promise<void> {
    const target = this.file(key);
    const dir = path.dirname(target);
    const temp = `${target}.${randomUUID()}.tmp`;
    try {
      await this.privateFolder(dir);
      const handle = await fs.promises.open(temp, "wx", FILE_MODE);
      try {
        await handle.writeFile(data);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await fs.promises.rename(temp, target);
      await syncDirectory(dir);
    } catch (error) {
      // Nothing half-written stays behind; a full disk is the user's "try later", not a fault.
      await fs.promises.rm(temp, { force: true }).catch(() => {});
      const code = (error as NodeJS.ErrnoException).code;
      if (code === "ENOSPC" || code === "EDQUOT") throw new StorageFullError();
      throw error;
    }
  }

  /** Creates `dir` and the folders between it and the root (the root included), each 0700. */
  private async privateFolder(dir: string): Promise<void> {
    await fs.promises.mkdir(dir, { recursive: true, mode: FOLDER_MODE });
    const levels = path.relative(this.root, dir).split(path.sep).filter(Boolean);
    let current = this.root;
    for (const level of ["", ...levels]) {
      current = level ? path.join(current, level) : current;
      await fs.promises.chmod(current, FOLDER_MODE);
    }
  }

  async read(key: string): Promise<ReadableStream<Uint8Array>> {
    const stream = fs.createReadStream(this.file(key));
    await new Promise<void>((resolve, reject) => {
      stream.once("open", () => resolve());
      stream.once("error", reject);
    });
    return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
  }

  async remove(key: string): Promise<void> {
    await fs.promises.rm(this.file(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      await fs.promises.access(this.file(key));
      return true;
    } catch {
      return false;
    }
  }

  async *list(): AsyncIterable<StoredEntry> {
    for (const { file, key } of await this.files()) {
      if (TEMP_SUFFIX.test(key) || !KEY.test(key)) continue;
      const stat = await fs.promises.stat(file).catch(() => null);
      if (stat) yield { key, modifiedAt: stat.mtime };
    }
  }

  async removeUnfinishedWrites(before: Date): Promise<number> {
    let removed = 0;
    for (const { file, key } of await this.files()) {
      if (!TEMP_SUFFIX.test(key)) continue;
      const stat = await fs.promises.stat(file).catch(() => null);
      if (stat && stat.mtime < before) {
        await fs.promises.rm(file, { force: true });
        removed++;
      }
    }
    return removed;
  }

  private async files(): Promise<{ file: string; key: string }[]> {
    if (!fs.existsSync(this.root)) return [];
    const entries = await fs.promises.readdir(this.root, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => {
        const file = path.join(e.parentPath, e.name);
        return { file, key: path.relative(this.root, file).split(path.sep).join("/") };
      });
  }
}

async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.promises.open(dir, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/** A new opaque key: agency / year / random. */
export function newDocumentKey(agencyId: string, year: number): string {
  return `${agencyId}/${year}/${randomUUID()}`;
}
