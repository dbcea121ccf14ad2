package org.jbeamjit.frontend;

/**
 * A {@code .beam} file that cannot be loaded: it is truncated, corrupt, uses a feature this loader
 * does not know, or refers to something that does not exist. The message names the file, the
 * chunk (when the problem is inside one) and the byte offset, so a bad file can be inspected with
 * a hex dump.
 *
 * <p>This is the only exception the loader lets escape for bad input, whatever the bytes are.
 */
public final class BeamFormatException extends RuntimeException {
  private final String fileName;
  private final String chunk;
  private final long offset;
  private final String problem;

  /**
   * @param chunk the four-character chunk id, or {@code null} for the container itself
   * @param offset the byte offset in the file (or, for the literal table, in its uncompressed
   *     form, which the message says), or -1 when there is no meaningful position
   */
  public BeamFormatException(String fileName, String chunk, long offset, String problem) {
    this(fileName, chunk, offset, problem, null);
  }

  public BeamFormatException(String fileName, String chunk, long offset, String problem, Throwable cause) {
    super(describe(fileName, chunk, offset, problem), cause);
    this.fileName = fileName;
    this.chunk = chunk;
    this.offset = offset;
    this.problem = problem;
  }

  /** The same error with {@code context} (say, which instruction was being read) before the problem. */
  public BeamFormatException within(String context) {
    return new BeamFormatException(fileName, chunk, offset, context + ": " + problem, this);
  }

  private static String describe(String fileName, String chunk, long offset, String problem) {
    StringBuilder sb = new StringBuilder(fileName);
    if (chunk != null) {
      sb.append(": chunk ").append(chunk);
    }
    if (offset >= 0) {
      sb.append(chunk != null ? "," : ":").append(" byte ").append(offset);
    }
    return sb.append(": ").append(problem).toString();
  }

  public String fileName() {
    return fileName;
  }

  /** The chunk id ({@code "Code"}, {@code "LitT"}, ...), or {@code null} for a container error. */
  public String chunk() {
    return chunk;
  }

  /** The byte offset the problem was found at, or -1. */
  public long offset() {
    return offset;
  }
}
