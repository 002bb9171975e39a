/**
 * Writes a file so that it is either the old file or the whole new one, never a piece: the bytes go
 * to a temporary file in the target folder (same disk, so the rename cannot copy), which is renamed
 * into place only when complete and flushed. Any failure removes the temporary file and leaves the
 * target as it was; Ctrl+C or a kill signal does the same. Only SIGKILL (or a power cut) can leave a
 * temporary file: the next write into that folder removes it.
 */
import { randomBytes } from "crypto";
import * as fs from "fs";
import * as path from "path";

/** The part of an open file this writer uses (fs.promises.FileHandle has it). */
export interface WriteHandle {
  write(
    buffer: Uint8Array,
    offset: number,
    length: number,
    position: number
  ): Promise<{ bytesWritten: number }>;
  sync(): Promise<void>;
  chmod(mode: number): Promise<void>;
  close(): Promise<void>;
}

/** The file system calls of a write; tests inject failures (a disk full after N bytes) here. */
export interface WriteFs {
  open(file: string, flags: string, mode: number): Promise<WriteHandle>;
  stat(file: string): Promise<{ mode: number; isDirectory(): boolean }>;
  rename(from: string, to: string): Promise<void>;
  link(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  readdir(dir: string): Promise<string[]>;
}

export const nodeFs: WriteFs = fs.promises;

export interface AtomicWriteOptions {
  /** true: an existing target is replaced (by the rename only); false: it stays and EEXIST is thrown. */
  replace: boolean;
  fs?: WriteFs;
  /** Bytes per write call. */
  chunk?: number;
  /** Told when Ctrl+C or a kill signal stops the write (the temporary file is already gone). */
  onSignal?: (signal: NodeJS.Signals) => void;
}

/** Short, so a target name near the length limit still leaves room; the pid tells whose it is. */
const TEMP = /^\.~iki-(\d+)-[0-9a-f]{8}\.tmp$/;
const tempName = () => `.~iki-${process.pid}-${randomBytes(4).toString("hex")}.tmp`;

/** The temporary files this writer may leave in a folder (for tests and the clean-up). */
export const isTempName = (name: string) => TEMP.test(name);

/** An error as Node's fs gives it, for the same messages. */
export function fsError(code: string, message = code): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

export const codeOf = (error: unknown) => (error as { code?: string } | null)?.code;

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return codeOf(error) === "EPERM";
  }
}

/** Removes temporary files left by writers that were killed (their process is gone). Best effort. */
async function removeStale(io: WriteFs, dir: string): Promise<void> {
  const names = await io.readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const pid = Number(TEMP.exec(name)?.[1]);
    if (pid && pid !== process.pid && !processAlive(pid))
      await io.unlink(path.join(dir, name)).catch(() => undefined);
  }
}

/** All bytes, looping over short writes (a file size limit first shortens a write, then refuses). */
async function writeAll(handle: WriteHandle, bytes: Uint8Array, chunk: number): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) {
    const length = Math.min(chunk, bytes.length - offset);
    const { bytesWritten } = await handle.write(bytes, offset, length, offset);
    if (bytesWritten <= 0) throw fsError("EIO", "write returned no bytes");
    offset += bytesWritten;
  }
}

const NO_FSYNC = new Set(["EINVAL", "ENOTSUP", "EOPNOTSUPP"]);

async function writeTemp(
  io: WriteFs,
  temp: string,
  bytes: Uint8Array,
  mode: number | undefined,
  chunk: number
): Promise<void> {
  const handle = await io.open(temp, "wx", 0o666);
  try {
    await writeAll(handle, bytes, chunk);
    // The old file's permissions carry over to its replacement (best effort: FAT has none).
    if (mode !== undefined) await handle.chmod(mode & 0o7777).catch(() => undefined);
    // Flushed before the rename, so a power cut cannot leave the new name on missing bytes. A file
    // system without fsync (some FUSE and network mounts) answers EINVAL/ENOTSUP: nothing to flush.
    await handle.sync().catch((error) => {
      if (!NO_FSYNC.has(codeOf(error) ?? "")) throw error;
    });
  } catch (error) {
    await handle.close().catch(() => undefined);
    throw error;
  }
  // A network disk may report a full disk only here.
  await handle.close();
}

/** File systems without hard links (FAT, some network shares) answer link() with one of these. */
const NO_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV", "EMLINK"]);

async function exists(io: WriteFs, file: string): Promise<boolean> {
  return io.stat(file).then(
    () => true,
    (error) => (codeOf(error) === "ENOENT" ? false : Promise.reject(error))
  );
}

/** Without replace, link() puts the file in place only if the name is still free (atomically). */
async function moveIntoPlace(io: WriteFs, temp: string, file: string, replace: boolean) {
  if (replace) return io.rename(temp, file);
  try {
    await io.link(temp, file);
  } catch (error) {
    if (!NO_LINKS.has(codeOf(error) ?? "")) throw error;
    if (await exists(io, file)) throw fsError("EEXIST");
    return io.rename(temp, file);
  }
  await io.unlink(temp).catch(() => undefined);
}

/** While the temporary file exists, Ctrl+C and kill signals remove it before the program ends. */
function removeOnSignal(temp: string, onSignal?: (signal: NodeJS.Signals) => void): () => void {
  const signals: NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
  const handler = (signal: NodeJS.Signals) => {
    stop();
    try {
      fs.unlinkSync(temp);
    } catch {
      // Already renamed into place or never created: nothing to remove.
    }
    onSignal?.(signal);
    process.kill(process.pid, signal);
  };
  const stop = () => signals.forEach((s) => process.off(s, handler));
  signals.forEach((s) => process.on(s, handler));
  return stop;
}

/** Writes `bytes` to `file` all or nothing; throws the fs error (with its code) on failure. */
export async function writeAtomically(
  file: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions
): Promise<void> {
  const io = options.fs ?? nodeFs;
  const dir = path.dirname(file);
  const old = await io.stat(file).catch((error) => {
    if (codeOf(error) === "ENOENT") return undefined;
    throw error;
  });
  if (old?.isDirectory()) throw fsError("EISDIR");
  if (old && !options.replace) throw fsError("EEXIST");
  await removeStale(io, dir);
  const temp = path.join(dir, tempName());
  const stop = removeOnSignal(temp, options.onSignal);
  try {
    await writeTemp(io, temp, bytes, old?.mode, options.chunk ?? 1 << 20);
    await moveIntoPlace(io, temp, file, options.replace);
  } catch (error) {
    await io.unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    stop();
  }
}
