package org.jbeamjit.runtime.bif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.invoke.MethodType;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.Test;

class BifRegistryTest {
  private static final BifRegistry REGISTRY = BifRegistry.standard();

  @Test
  void findsBifsByModuleNameAndArity() throws Throwable {
    BifEntry plus = REGISTRY.lookup(Atom.of("erlang"), Atom.of("+"), 2);
    assertNotNull(plus);
    assertEquals("erlang:+/2", plus.toString());
    assertEquals(ArithmeticBifs.class.getMethod("plus", Object.class, Object.class), plus.method());
    assertEquals(3L, plus.handle().invokeExact((Object) 1L, (Object) 2L));
    assertEquals(-5L, REGISTRY.lookup(Atom.of("erlang"), Atom.of("-"), 1).handle().invoke(5L));
    assertNull(REGISTRY.lookup(Atom.of("erlang"), Atom.of("+"), 3));
    assertNull(REGISTRY.lookup(Atom.of("lists"), Atom.of("+"), 2));
  }

  @Test
  void everyEntryIsCallableDirectlyAndThroughItsHandle() {
    for (BifEntry e : REGISTRY.all()) {
      int mod = e.method().getModifiers();
      assertTrue(Modifier.isStatic(mod) && Modifier.isPublic(mod), e.toString());
      MethodType generic = MethodType.genericMethodType(e.arity());
      assertEquals(e.takesProcess() ? generic.insertParameterTypes(0, ErlProcess.class) : generic,
          e.handle().type(), e.toString());
      assertEquals(e.arity() + (e.takesProcess() ? 1 : 0), e.method().getParameterCount());
    }
  }

  /**
   * Every registered BIF is a BIF in OTP too ({@code erlang:is_builtin/3}), except the few
   * that OTP 25 writes in Erlang in {@code erlang.erl} (same behaviour, so Java serves them as
   * well) and the NIFs of {@code org.jbeamjit.runtime.nif}, which OTP loads from C libraries;
   * and the guard flag is exactly {@code erl_internal:guard_bif/2}.
   */
  @Test
  void matchesOtpsBifAndGuardTables() {
    List<BifEntry> all = new ArrayList<>(REGISTRY.all());
    all.sort(Comparator.comparing(BifEntry::toString));
    String calls = all.stream()
        .map(e -> "{'" + e.module() + "','" + e.name() + "'," + e.arity() + "}")
        .collect(Collectors.joining(","));
    String out = Erl.eval("[io:format(\"~w ~w~n\", [erlang:is_builtin(M, F, A), erl_internal:guard_bif(F, A)])"
        + " || {M, F, A} <- [" + calls + "]]");
    String[] lines = out.strip().split("\n");
    assertEquals(all.size(), lines.length);
    Set<String> writtenInErlang = Set.of("erlang:min/2", "erlang:max/2", "erlang:atom_to_binary/1",
        "erlang:binary_to_atom/1", "erlang:binary_to_existing_atom/1");
    List<String> wrong = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      BifEntry e = all.get(i);
      String[] w = lines[i].split(" ");
      // A NIF of a library module (prim_file, prim_buffer, ...), not the BIFs that load them.
      boolean nif = e.method().getDeclaringClass().getPackageName().equals("org.jbeamjit.runtime.nif")
          && !Set.of("erlang", "erts_internal").contains(e.module().name());
      if (Boolean.parseBoolean(w[0]) == (writtenInErlang.contains(e.toString()) || nif)) {
        wrong.add(e + " is_builtin=" + w[0]);
      }
      // guard_bif/2 names erlang's BIFs only (math:floor/1 is no guard BIF, erlang:floor/1 is).
      if ((Boolean.parseBoolean(w[1]) && e.module().name().equals("erlang")) != e.guard()) {
        wrong.add(e + " guard_bif=" + w[1]);
      }
    }
    assertEquals(List.of(), wrong);
  }

  @Test
  void registersTheWholeScope() {
    assertTrue(REGISTRY.all().size() >= 110, "only " + REGISTRY.all().size() + " BIFs");
  }

  public static final class Twice {
    @Bif(name = "twice")
    public static Object a(Object x) {
      return x;
    }

    @Bif(name = "twice")
    public static Object b(Object x) {
      return x;
    }
  }

  public static final class BadShape {
    @Bif(name = "bad")
    public static long bad(Object x) {
      return 0;
    }
  }

  public static final class OtherModule {
    @Bif(name = "twice", module = "other")
    public static Object a(Object x) {
      return x;
    }
  }

  @Test
  void aBifDeclaredTwiceIsAnErrorAtStartup() {
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> new BifRegistry(List.of(Twice.class)));
    assertTrue(e.getMessage().contains("erlang:twice/1"), e.getMessage());
    assertThrows(IllegalStateException.class, () -> new BifRegistry(List.of(ArithmeticBifs.class, ArithmeticBifs.class)));
  }

  @Test
  void aMethodOfTheWrongShapeIsAnErrorAtStartup() {
    assertThrows(IllegalStateException.class, () -> new BifRegistry(List.of(BadShape.class)));
  }

  @Test
  void theModuleIsPartOfTheKey() {
    BifRegistry r = new BifRegistry(List.of(OtherModule.class));
    assertNotNull(r.lookup(Atom.of("other"), Atom.of("twice"), 1));
    assertNull(r.lookup(Atom.of("erlang"), Atom.of("twice"), 1));
  }

  @Test
  void badArgumentsRaiseOnlyErlangExceptions() {
    Object[] junk = {Atom.of("a"), 1.5, -1L};
    for (BifEntry e : REGISTRY.all()) {
      if (e.arity() == 0) {
        continue;
      }
      Object[] args = new Object[e.arity() + (e.takesProcess() ? 1 : 0)];
      for (int k = 0; k < 3; k++) {
        java.util.Arrays.fill(args, junk[k]);
        if (e.takesProcess()) {
          args[0] = ErlProcess.forTests();
        }
        try {
          e.handle().invokeWithArguments(args);
        } catch (ErlangException expected) {
          // fine: raised the Erlang way
        } catch (Throwable t) {
          throw new AssertionError(e + " with " + junk[k] + " threw " + t, t);
        }
      }
    }
  }
}
