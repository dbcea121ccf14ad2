package org.jbeamjit.runtime.bif;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;

/**
 * The table of BIFs: {@code {Module, Name, Arity}} to the Java method implementing it. The BIF
 * classes are listed explicitly (no classpath scanning), so what is registered is plain from
 * this file, and each is reflected over once.
 */
public final class BifRegistry {
  /** Every BIF class of vm-runtime. Modules further up add their own classes to a registry of their own. */
  public static final List<Class<?>> RUNTIME_BIF_CLASSES = List.of(
      ArithmeticBifs.class,
      BitwiseBifs.class,
      ComparisonBifs.class,
      BooleanBifs.class,
      TypeTestBifs.class,
      TupleBifs.class,
      ListBifs.class,
      ListOperatorBifs.class,
      ListsModuleBifs.class,
      MapBifs.class,
      AtomBifs.class,
      IntegerTextBifs.class,
      FloatTextBifs.class,
      BinaryBifs.class,
      IolistBifs.class,
      ChecksumBifs.class,
      TermHashBifs.class,
      TermCodecBifs.class,
      ProcessBifs.class,
      SignalBifs.class,
      RegistryBifs.class,
      DictionaryBifs.class,
      TimerBifs.class,
      TimeBifs.class,
      UniqueIntegerBifs.class,
      CalendarBifs.class,
      SystemInfoBifs.class,
      SystemFlagBifs.class, MemoryBifs.class, SuspendBifs.class, SpawnRequestBifs.class, OtherProcessBifs.class,
      NodeStateBifs.class, SystemMonitorBifs.class,
      DistributionBifs.class,
      PacketBifs.class,
      DtraceBifs.class,
      PortBifs.class,
      PersistentTermBifs.class,
      org.jbeamjit.runtime.ets.EtsBifs.class, org.jbeamjit.runtime.ets.EtsMatchBifs.class,
      org.jbeamjit.runtime.atomics.AtomicsBifs.class, org.jbeamjit.runtime.atomics.CountersBifs.class,
      OsEnvBifs.class,
      org.jbeamjit.runtime.nif.NifLoading.class, org.jbeamjit.runtime.nif.PrimFileNifs.class,
      org.jbeamjit.runtime.nif.PrimBufferNifs.class, org.jbeamjit.runtime.nif.ZlibNifs.class, org.jbeamjit.runtime.nif.TracerNifs.class,
      OsSignalBifs.class,
      IoBifs.class,
      IdentifierTextBifs.class,
      UnicodeBifs.class,
      MapsModuleBifs.class,
      BinaryModuleBifs.class,
      MathBifs.class,
      StringModuleBifs.class,
      FileModuleBifs.class,
      FunBifs.class,
      org.jbeamjit.runtime.re.ReBifs.class,
      PhashBifs.class);

  private static final class Standard {
    static final BifRegistry INSTANCE = new BifRegistry(RUNTIME_BIF_CLASSES);
  }

  private record Key(Atom module, Atom name, int arity) {}

  private final Map<Key, BifEntry> entries;

  /**
   * Registers every {@link Bif}-annotated method of these classes.
   *
   * @throws IllegalStateException if a BIF is declared twice or a method has the wrong shape
   */
  public BifRegistry(Collection<Class<?>> classes) {
    Map<Key, BifEntry> map = new HashMap<>();
    for (Class<?> c : classes) {
      for (Method m : c.getDeclaredMethods()) {
        Bif bif = m.getAnnotation(Bif.class);
        if (bif == null) {
          continue;
        }
        Class<?>[] params = m.getParameterTypes();
        boolean takesProcess = params.length > 0 && params[0] == ErlProcess.class;
        checkShape(m, params, takesProcess);
        Key key = new Key(Atom.of(bif.module()), Atom.of(bif.name()), params.length - (takesProcess ? 1 : 0));
        BifEntry entry = new BifEntry(key.module, key.name, key.arity, m, bif.guard());
        BifEntry old = map.putIfAbsent(key, entry);
        if (old != null) {
          throw new IllegalStateException("BIF " + entry + " declared twice: " + old.method() + " and " + m);
        }
      }
    }
    this.entries = Map.copyOf(map);
  }

  /** The registry of vm-runtime's BIFs, built on first use. */
  public static BifRegistry standard() {
    return Standard.INSTANCE;
  }

  /** The BIF {@code module:name/arity}, or {@code null} if there is none. */
  public BifEntry lookup(Atom module, Atom name, int arity) {
    return entries.get(new Key(module, name, arity));
  }

  /** Every registered BIF, in no particular order. */
  public Collection<BifEntry> all() {
    return Collections.unmodifiableCollection(entries.values());
  }

  /** Whether {@code m} is {@code public static Object m([ErlProcess,] Object...)} in a public class. */
  private static void checkShape(Method m, Class<?>[] params, boolean takesProcess) {
    int mod = m.getModifiers();
    boolean ok = Modifier.isPublic(mod) && Modifier.isStatic(mod) && m.getReturnType() == Object.class
        && Modifier.isPublic(m.getDeclaringClass().getModifiers());
    for (int i = takesProcess ? 1 : 0; i < params.length; i++) {
      ok &= params[i] == Object.class;
    }
    if (!ok) {
      throw new IllegalStateException(
          "a BIF must be public static Object m([ErlProcess,] Object...) in a public class: " + m);
    }
  }
}
