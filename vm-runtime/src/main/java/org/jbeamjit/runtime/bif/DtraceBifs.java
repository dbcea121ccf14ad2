package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.term.Atoms;

/**
 * The dynamic-trace tag BIFs as a BEAM built without dynamic tracing answers them (OTP's default
 * build, the one erl here is): no tag is ever kept. {@code file} and {@code erl_prim_loader} call
 * these on every request, so they must exist and be cheap.
 */
public final class DtraceBifs {
  private DtraceBifs() {}

  @Bif(name = "dt_get_tag")
  public static Object dtGetTag() {
    return Atoms.UNDEFINED;
  }

  @Bif(name = "dt_get_tag_data")
  public static Object dtGetTagData() {
    return Atoms.UNDEFINED;
  }

  /** Sets the tag: nothing is kept, and there was none before. */
  @Bif(name = "dt_put_tag")
  public static Object dtPutTag(Object tag) {
    return Atoms.UNDEFINED;
  }

  /** Whether to pass the tag on with messages: the answer is the token for {@link #dtRestoreTag}. */
  @Bif(name = "dt_spread_tag")
  public static Object dtSpreadTag(Object spread) {
    Args.bool(spread);
    return Atoms.TRUE;
  }

  /** Takes back what {@link #dtSpreadTag} returned. */
  @Bif(name = "dt_restore_tag")
  public static Object dtRestoreTag(Object token) {
    if (token != Atoms.TRUE) {
      throw ErlangException.badarg();
    }
    return Atoms.TRUE;
  }

  @Bif(name = "dt_prepend_vm_tag_data")
  public static Object dtPrependVmTagData(Object data) {
    return data;
  }

  @Bif(name = "dt_append_vm_tag_data")
  public static Object dtAppendVmTagData(Object data) {
    return data;
  }
}
