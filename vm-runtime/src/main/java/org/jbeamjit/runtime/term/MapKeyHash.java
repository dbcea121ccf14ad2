package org.jbeamjit.runtime.term;

/** The hash that places a key in a large map's trie ({@link MapTrie}). */
final class MapKeyHash {
  private MapKeyHash() {}

  /** The key's hash for one generation of 8 trie levels; generation 0 is the plain hash. */
  static int hash(Object key, int generation) {
    int h = Terms.hash(key) + generation * 0x9E3779B9;
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    return h ^ (h >>> 16);
  }
}
