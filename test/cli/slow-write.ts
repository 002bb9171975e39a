/**
 * Run as a child process by write-signals.test.ts: writes 2 MB to argv[2] (replacing it) through the
 * real file system, slowly (16 KB every 20 ms), and says "mulai" once the first bytes are on disk,
 * so the test can kill it mid-write; says "dihentikan <signal>" when the writer reports the signal.
 */
import * as fs from "fs";
import { nodeFs, writeAtomically, type WriteFs } from "../../src/cli/atomic-write";

const pause = () => new Promise((resolve) => setTimeout(resolve, 20));
let told = false;
const slowFs: WriteFs = {
  ...nodeFs,
  async open(file, flags, mode) {
    const handle = await nodeFs.open(file, flags, mode);
    return {
      async write(buffer, offset, length, position) {
        const r = await handle.write(buffer, offset, length, position);
        if (!told) process.stdout.write(`mulai ${file}\n`);
        told = true;
        await pause();
        return r;
      },
      sync: () => handle.sync(),
      chmod: (m) => handle.chmod(m),
      close: () => handle.close(),
    };
  },
};

writeAtomically(process.argv[2], new Uint8Array(2 << 20).fill(7), {
  replace: true,
  fs: slowFs,
  chunk: 16 * 1024,
  // Synchronous: the process is killed right after this returns.
  onSignal: (signal) => fs.writeSync(1, `dihentikan ${signal}\n`),
}).then(() => process.stdout.write("selesai\n"));
