package org.jbeamjit.runtime.bif;

import java.util.Arrays;

/**
 * A set of non-empty byte strings to look for in a binary, as {@code binary:match/3} and its
 * relatives do: the leftmost match wins, and of the patterns matching there, the longest.
 * One pattern is searched with Boyer-Moore-Horspool, several with a trie walked from each
 * position.
 */
final class SearchPattern {
  /** One pattern, or null when there are several. */
  private final byte[] single;
  private final int[] skip;
  /** The trie of several patterns: transitions per node (null until used) and whether a pattern ends there. */
  private int[][] next;
  private boolean[] terminal;
  private int nodes;

  SearchPattern(byte[][] patterns) {
    if (patterns.length == 1) {
      single = patterns[0];
      skip = new int[256];
      Arrays.fill(skip, single.length);
      for (int i = 0; i < single.length - 1; i++) {
        skip[single[i] & 0xFF] = single.length - 1 - i;
      }
      return;
    }
    single = null;
    skip = null;
    next = new int[16][];
    terminal = new boolean[16];
    nodes = 1;
    for (byte[] p : patterns) {
      int n = 0;
      for (byte b : p) {
        n = child(n, b & 0xFF);
      }
      terminal[n] = true;
    }
  }

  /** Whether this was made from one pattern (OTP's {@code bm} kind) rather than several ({@code ac}). */
  boolean isSingle() {
    return single != null;
  }

  private int child(int node, int b) {
    if (next[node] == null) {
      next[node] = new int[256];
    }
    if (next[node][b] == 0) {
      if (nodes == terminal.length) {
        next = Arrays.copyOf(next, nodes * 2);
        terminal = Arrays.copyOf(terminal, nodes * 2);
      }
      next[node][b] = nodes++;
    }
    return next[node][b];
  }

  /**
   * The first match in {@code hay[from, to)}: its start in {@code hay}, and its length in the
   * high half of the returned long; or -1 if there is none.
   */
  long find(byte[] hay, int from, int to) {
    if (single != null) {
      int m = single.length;
      int last = m - 1;
      for (int i = from; i + m <= to; i += skip[hay[i + last] & 0xFF]) {
        int k = last;
        while (k >= 0 && hay[i + k] == single[k]) {
          k--;
        }
        if (k < 0) {
          return ((long) m << 32) | i;
        }
      }
      return -1;
    }
    for (int i = from; i < to; i++) {
      int n = 0;
      int longest = 0;
      for (int j = i; j < to; j++) {
        int[] t = next[n];
        if (t == null || t[hay[j] & 0xFF] == 0) {
          break;
        }
        n = t[hay[j] & 0xFF];
        if (terminal[n]) {
          longest = j - i + 1;
        }
      }
      if (longest > 0) {
        return ((long) longest << 32) | i;
      }
    }
    return -1;
  }
}
