package org.jbeamjit.runtime.bif;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.Ports;
import org.jbeamjit.runtime.term.Atoms;

/**
 * The native port functions under {@code erlang.erl}'s port BIFs ({@code open_port/2},
 * {@code port_command/2,3}, ...): they answer with an atom where those wrappers raise.
 */
public final class PortBifs {
  private PortBifs() {}

  @Bif(module = "erts_internal", name = "open_port")
  public static Object openPort(ErlProcess p, Object name, Object settings) {
    return Ports.open(p, name, settings);
  }

  @Bif(module = "erts_internal", name = "port_command")
  public static Object portCommand(ErlProcess p, Object port, Object data, Object flags) {
    return Ports.command(p, port, data, flags);
  }

  @Bif(module = "erts_internal", name = "port_close")
  public static Object portClose(ErlProcess p, Object port) {
    return Ports.close(p, port);
  }

  @Bif(module = "erts_internal", name = "port_connect")
  public static Object portConnect(ErlProcess p, Object port, Object pid) {
    return Ports.connect(p, port, pid);
  }

  /** Only the terminal's port has control operations (its window size, its UTF-8 state). */
  @Bif(module = "erts_internal", name = "port_control")
  public static Object portControl(ErlProcess p, Object port, Object operation, Object data) {
    return Ports.control(port, operation, data);
  }

  /** No driver here answers calls (OTP's spawn and fd drivers do not either). */
  @Bif(module = "erts_internal", name = "port_call")
  public static Object portCall(ErlProcess p, Object port, Object operation, Object data) {
    return Atoms.BADARG;
  }

  @Bif(module = "erts_internal", name = "port_info")
  public static Object portInfo(Object port) {
    return Ports.info(port);
  }

  @Bif(module = "erts_internal", name = "port_info")
  public static Object portInfo(Object port, Object item) {
    return Ports.info(port, item);
  }

  @Bif(name = "ports")
  public static Object ports() {
    return Ports.all();
  }

  @Bif(name = "port_get_data")
  public static Object portGetData(Object port) {
    Object data = Ports.getData(port);
    if (data == null) {
      throw ErlangException.badarg();
    }
    return data;
  }

  @Bif(name = "port_set_data")
  public static Object portSetData(Object port, Object data) {
    if (!Ports.setData(port, data)) {
      throw ErlangException.badarg();
    }
    return Atoms.TRUE;
  }
}
