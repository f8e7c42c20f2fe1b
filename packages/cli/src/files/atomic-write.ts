/**
 * Writes a user's file so that it is never lost: the new content goes to a temporary file
 * in the same directory (a unique name, so two writers never share one), is flushed to the
 * disk, and then renamed over the original in one step. A process killed at any moment
 * leaves either the old file or the new one, never a truncated one. The original's
 * permission bits are kept, and a symbolic link is written through (the file it points to
 * is replaced; the link stays).
 */
import { randomUUID } from 'node:crypto';
import { constants } from 'node:fs';
import { open, realpath, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';

export async function writeFileAtomic(given: string, data: string | Uint8Array): Promise<void> {
  // A symbolic link stays a link: the file it points to is the one replaced.
  const file = await realpath(given).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return given;
    throw error;
  });
  const directory = path.dirname(file);
  const temporary = path.join(directory, `.${path.basename(file)}.${randomUUID()}.tmp`);
  const mode = await existingMode(file);
  const handle = await open(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode ?? 0o666);
  try {
    try {
      await handle.writeFile(data, typeof data === 'string' ? 'utf8' : undefined);
      // open() applies the umask; the original's bits are restored exactly.
      if (mode !== undefined) await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  await syncDirectory(directory);
}

async function existingMode(file: string): Promise<number | undefined> {
  try {
    return (await stat(file)).mode & 0o7777;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Makes the rename itself durable. Some file systems cannot open a directory for this; the rename stands regardless. */
async function syncDirectory(directory: string): Promise<void> {
  let handle;
  try {
    handle = await open(directory, constants.O_RDONLY);
    await handle.sync();
  } catch {
    // EISDIR/EPERM/EINVAL on platforms without directory fsync.
  } finally {
    await handle?.close();
  }
}
