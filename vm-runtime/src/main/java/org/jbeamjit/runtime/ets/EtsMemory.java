package org.jbeamjit.runtime.ets;

/** The memory all ETS tables take, for {@code erlang:memory(ets)}. */
public final class EtsMemory {
  private EtsMemory() {}

  /** The words of every live table, each counted as {@code ets:info(T, memory)} counts it. */
  public static long allTablesWords() {
    long words = 0;
    for (Object tid : TableRegistry.all()) {
      EtsTable t = TableRegistry.find(tid);
      if (t != null) {
        words += TableInfo.memory(t);
      }
    }
    return words;
  }
}
