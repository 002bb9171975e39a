/**
 * A real file system (fs.promises) with one injected failure: a disk that fills up after N bytes, a
 * rename that is refused, a close that reports a full network disk, a file system without hard
 * links. The bytes before the failure are really written, as a full disk does.
 */
import * as fs from "fs";
import { fsError, nodeFs, type WriteFs, type WriteHandle } from "../../src/cli/atomic-write";

export interface Failures {
  /** Writes fail with `code` once this many bytes are in the file (a short write first). */
  fullAfter?: { bytes: number; code: string };
  /** Every write returns at most this many bytes (short writes, as a size limit gives). */
  shortWrites?: number;
  failSync?: string;
  failClose?: string;
  failRename?: string;
  failLink?: string;
  /** Runs just before link/rename: another program takes the name meanwhile. */
  beforeMove?: () => void;
}

function handleWith(real: fs.promises.FileHandle, f: Failures): WriteHandle {
  let written = 0;
  return {
    async write(buffer, offset, length, position) {
      let n = Math.min(length, f.shortWrites ?? length);
      if (f.fullAfter) {
        const room = f.fullAfter.bytes - written;
        if (room <= 0) throw fsError(f.fullAfter.code, `${f.fullAfter.code}: injected`);
        n = Math.min(n, room);
      }
      const r = await real.write(buffer, offset, n, position);
      written += r.bytesWritten;
      return r;
    },
    async sync() {
      if (f.failSync) throw fsError(f.failSync);
      return real.sync();
    },
    chmod: (mode) => real.chmod(mode),
    async close() {
      await real.close();
      if (f.failClose) throw fsError(f.failClose);
    },
  };
}

export function failingFs(f: Failures): WriteFs {
  return {
    ...nodeFs,
    open: async (file, flags, mode) => handleWith(await fs.promises.open(file, flags, mode), f),
    async rename(from, to) {
      f.beforeMove?.();
      if (f.failRename) throw fsError(f.failRename);
      return nodeFs.rename(from, to);
    },
    async link(from, to) {
      f.beforeMove?.();
      if (f.failLink) throw fsError(f.failLink);
      return nodeFs.link(from, to);
    },
  };
}
