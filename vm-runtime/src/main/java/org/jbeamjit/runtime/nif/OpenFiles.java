package org.jbeamjit.runtime.nif;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.resource.MagicRefs;
import org.jbeamjit.runtime.term.Ref;

/**
 * The files {@code prim_file} has open: each a reference (OTP's NIF resource) standing for its
 * {@link FileHandle}. A file is closed when the process that opened it exits, as OTP's NIF closes
 * it when its monitor on the owner fires.
 */
final class OpenFiles {
  private static final MagicRefs<FileHandle> REFS = new MagicRefs<>();
  private static final Map<ErlProcess, Set<FileHandle>> BY_OWNER = new ConcurrentHashMap<>();

  static {
    ErlProcess.addExitHook(OpenFiles::ownerExited);
  }

  private OpenFiles() {}

  static Ref add(FileHandle h) {
    BY_OWNER.computeIfAbsent(h.owner, o -> ConcurrentHashMap.newKeySet()).add(h);
    return REFS.create(h);
  }

  /** The handle a term stands for, or {@code null} if it is no file reference (OTP's {@code badarg}). */
  static FileHandle get(Object term) {
    return REFS.get(term);
  }

  /** Closes {@code h}; {@code false} if it was closed already. */
  static boolean close(FileHandle h) throws Posix.Failure {
    Set<FileHandle> owned = BY_OWNER.get(h.owner);
    if (owned != null) {
      owned.remove(h);
    }
    return h.close();
  }

  private static void ownerExited(ErlProcess p) {
    Set<FileHandle> owned = BY_OWNER.remove(p);
    if (owned != null) {
      for (FileHandle h : owned) {
        try {
          h.close();
        } catch (Posix.Failure ignored) {
          // nobody is left to tell
        }
      }
    }
  }
}
