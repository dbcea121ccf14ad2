package org.jbeamjit.runtime.code;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An Erlang module of jbeamjit's own, compiled by erlc at build time into the class path beside a
 * Java class. The code path needs a directory: the build's class directory, or a temporary copy
 * of the {@code .beam} when running from a jar.
 */
public final class BundledModule {
  private BundledModule() {}

  /** The directory that holds {@code beamFile}, a resource next to {@code anchor}. */
  public static Path directory(Class<?> anchor, String beamFile) {
    URL url = anchor.getResource(beamFile);
    if (url == null) {
      throw new IllegalStateException(beamFile + " is missing from the class path (erlc runs at build time)");
    }
    try {
      if (url.getProtocol().equals("file")) {
        return Path.of(url.toURI()).getParent();
      }
      Path dir = Files.createTempDirectory("jbeamjit-modules");
      Path beam = dir.resolve(beamFile);
      try (InputStream in = url.openStream()) {
        Files.copy(in, beam, StandardCopyOption.REPLACE_EXISTING);
      }
      beam.toFile().deleteOnExit();
      dir.toFile().deleteOnExit();
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
