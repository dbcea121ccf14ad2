package org.jbeamjit.frontend.ir;

import java.util.List;

/**
 * The Line chunk: the source location of each index a {@code line} instruction can name. Index 0
 * means "no location"; file names are as the compiler recorded them, the first one being the
 * module's own source file.
 */
public final class LineTable {
  /** The table of a module compiled without line information: every index means "no location". */
  public static final LineTable EMPTY = new LineTable(List.of(), List.of(Location.NONE), false);

  private final List<String> files;
  private final List<Location> locations;
  private final boolean present;

  /**
   * @param locations index {@code i} is the location of line index {@code i}; element 0 must be
   *     {@link Location#NONE}
   */
  public LineTable(List<String> files, List<Location> locations) {
    this(files, locations, true);
  }

  private LineTable(List<String> files, List<Location> locations, boolean present) {
    if (locations.isEmpty() || !locations.get(0).isNone()) {
      throw new IllegalArgumentException("line index 0 must be the empty location");
    }
    this.files = List.copyOf(files);
    this.locations = List.copyOf(locations);
    this.present = present;
  }

  /** Whether the module had a Line chunk. */
  public boolean isPresent() {
    return present;
  }

  public List<String> files() {
    return files;
  }

  /** The number of valid indices, including 0. */
  public int size() {
    return locations.size();
  }

  public Location location(int index) {
    return locations.get(index);
  }

  /**
   * This table with every location empty: what BEAM's preloaded modules show in stack traces
   * ({@code {init,start_em,1,[]}}), as the emulator's built-in copies carry no line information.
   */
  public LineTable withoutLocations() {
    return new LineTable(List.of(), java.util.Collections.nCopies(locations.size(), Location.NONE), false);
  }
}
