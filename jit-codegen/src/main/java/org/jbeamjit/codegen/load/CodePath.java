package org.jbeamjit.codegen.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The directories {@code .beam} files are looked for in, first match wins: as OTP's code path,
 * {@code -pa} directories, then the program's, then the installed OTP's {@code lib/*}{@code /ebin},
 * then {@code -pz} directories.
 */
public final class CodePath {
  private final List<Path> dirs;

  public CodePath(List<Path> dirs) {
    this.dirs = List.copyOf(dirs);
  }

  public List<Path> dirs() {
    return dirs;
  }

  /** The file {@code Module.beam} in the first directory that has it. */
  public Optional<Path> find(String module) {
    String name = module + ".beam";
    for (Path d : dirs) {
      Path f = d.resolve(name);
      if (Files.isRegularFile(f)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  /**
   * The installed OTP's root ({@code code:root_dir()}): the directory above the {@code bin} that
   * holds the {@code erl} found on the PATH, symbolic links resolved.
   */
  public static Optional<Path> installedOtpRoot() {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String d : path.split(java.io.File.pathSeparator)) {
      Path erl = Path.of(d, "erl");
      if (Files.isExecutable(erl)) {
        try {
          Path real = erl.toRealPath();
          Path root = real.getParent().getParent();
          if (Files.isDirectory(root.resolve("lib"))) {
            return Optional.of(root);
          }
        } catch (IOException e) {
          // a dangling link: try the next PATH entry
        }
      }
    }
    return Optional.empty();
  }

  /** The {@code ebin} directories of an OTP installation: {@code lib/*}{@code /ebin}, by application name. */
  public static List<Path> otpLibDirs(Path root) {
    List<Path> out = new ArrayList<>();
    try (DirectoryStream<Path> apps = Files.newDirectoryStream(root.resolve("lib"))) {
      for (Path app : apps) {
        Path ebin = app.resolve("ebin");
        if (Files.isDirectory(ebin)) {
          out.add(ebin);
        }
      }
    } catch (IOException e) {
      return List.of();
    }
    // kernel and stdlib first, as in OTP's boot path; the rest by name
    out.sort(Comparator.comparing((Path p) -> rank(p.getParent().getFileName().toString()))
        .thenComparing(p -> p.getParent().getFileName().toString()));
    return out;
  }

  private static int rank(String app) {
    if (app.startsWith("kernel-")) {
      return 0;
    } else if (app.startsWith("stdlib-")) {
      return 1;
    } else if (app.startsWith("erts-")) {
      return 2;
    }
    return 3;
  }

  /** {@code -pa} dirs, then {@code extra} (the program's directory), then the installed OTP, then {@code -pz} dirs. */
  public static CodePath of(List<Path> pa, List<Path> extra, Optional<Path> otpRoot, List<Path> pz) {
    List<Path> dirs = new ArrayList<>(pa);
    dirs.addAll(extra);
    otpRoot.ifPresent(r -> dirs.addAll(otpLibDirs(r)));
    dirs.addAll(pz);
    return new CodePath(dirs);
  }
}
