package org.jbeamjit.runtime.ets;

/** Totals over all ETS tables: {@code erlang:memory(ets)} and {@code system_info(ets_count)}. */
public final class EtsTotals {
  private EtsTotals() {}

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

  /** The number of live tables. */
  public static int tableCount() {
    return TableRegistry.all().size();
  }
}
