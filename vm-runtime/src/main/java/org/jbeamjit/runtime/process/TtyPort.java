package org.jbeamjit.runtime.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Port;
import org.jbeamjit.runtime.term.Tuple;
import org.jbeamjit.runtime.tty.Terminal;
import org.jbeamjit.runtime.tty.TtyInput;
import org.jbeamjit.runtime.tty.TtyLine;

/**
 * OTP's {@code tty_sl} driver, which BEAM links in and {@code user_drv} opens as
 * {@code open_port({spawn, "tty_sl -c -e"}, [eof])}: the terminal, in the modes its flags ask
 * ({@code -c} no line input, {@code -e} no echo: the shell's line editor, {@code edlin}, does
 * both). Keys typed come to the connected process as data as they are typed; its commands are
 * one byte of operation and its data: put characters (also with an {@code ok} answer, once
 * written), move the cursor, insert, delete, beep, which {@link TtyLine} turns into what the
 * terminal shows. {@code port_control} tells the window size and gets and sets the UTF-8 state.
 *
 * <p>It opens only when standard input and output are a terminal, one at a time, and fails
 * otherwise as OTP's does ({@code einval}), so that {@code user_drv} falls back to the plain
 * {@code user} io server.
 */
final class TtyPort extends OpenPort {
  static final String DRIVER = "tty_sl";
  private static final Atom EINVAL = Atom.of("einval");
  private static final Atom OK = Atom.of("ok");
  private static final int PUTC = 0;
  private static final int MOVE = 1;
  private static final int INSC = 2;
  private static final int DELC = 3;
  private static final int BEEP = 4;
  private static final int PUTC_SYNC = 5;
  /** Added to each control operation by its callers, so that no other driver's is taken for one. */
  private static final long CONTROL_MAGIC = 0x018b0900L;
  private static final long GET_WINSIZE = CONTROL_MAGIC + 100;
  private static final long GET_UNICODE_STATE = CONTROL_MAGIC + 101;
  private static final long SET_UNICODE_STATE = CONTROL_MAGIC + 102;
  private static final AtomicBoolean IN_USE = new AtomicBoolean();

  private final TtyLine line;
  private final TtyInput input;

  private TtyPort(Port id, String command, PortSettings settings, ErlProcess owner) {
    super(id, command, settings, owner);
    this.line = new TtyLine(Terminal.utf8Locale(), Terminal.size()[0]);
    this.input = new TtyInput(line);
  }

  /** Whether {@code command} names this driver (its first word). */
  static boolean names(String command) {
    return command.equals(DRIVER) || command.startsWith(DRIVER + " ");
  }

  /**
   * Opens the terminal with the driver's flags ({@code -c}/{@code +c} line input,
   * {@code -e}/{@code +e} echo, {@code -s}/{@code +s} signal keys); {@code einval} if standard
   * input and output are not a terminal, the terminal is open already, or its modes cannot be set.
   */
  static TtyPort open(Port id, String command, PortSettings s, ErlProcess owner) throws PortSettings.Refused {
    int canonical = 0;
    int echo = 0;
    int signals = 0;
    String[] words = command.split(" ");
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      int flag = w.startsWith("+") ? 1 : w.startsWith("-") ? -1 : 0;
      if (flag == 0 || w.length() < 2) {
        // OTP's driver would open this device instead of standard input; only that one is here.
        throw new PortSettings.Refused(EINVAL);
      }
      switch (w.charAt(1)) {
        case 'c' -> canonical = flag;
        case 'e' -> echo = flag;
        case 's' -> signals = flag;
        default -> { } // as OTP's: other flags mean nothing
      }
    }
    if (!Terminal.isInteractive() || !IN_USE.compareAndSet(false, true)) {
      throw new PortSettings.Refused(EINVAL);
    }
    if (!Terminal.setModes(canonical, echo, signals)) {
      Terminal.release();
      IN_USE.set(false);
      throw new PortSettings.Refused(EINVAL);
    }
    return new TtyPort(id, command, s, owner);
  }

  @Override
  void write(byte[] bytes) {
    if (bytes.length == 0) {
      return;
    }
    byte[] data = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
    byte[] shown;
    synchronized (line) {
      line.setColumns(Terminal.size()[0]);
      shown = switch (bytes[0]) {
        case PUTC, PUTC_SYNC -> line.put(data);
        case MOVE -> line.move(int16(data));
        case INSC -> line.insert(data);
        case DELC -> line.delete(int16(data));
        case BEEP -> line.beep();
        default -> new byte[0]; // an unknown operation is ignored, as OTP's driver does
      };
    }
    PrintStream out = Terminal.rawOutput();
    out.write(shown, 0, shown.length);
    out.flush();
    if (bytes[0] == PUTC_SYNC) {
      sendOwner(Tuple.of(id, OK));
    }
  }

  /** A signed 16-bit count, high byte first. */
  private static int int16(byte[] data) {
    return data.length < 2 ? 0 : (short) (((data[0] & 0xff) << 8) | (data[1] & 0xff));
  }

  /**
   * {@code port_control/3}: the window size (width and height as 32-bit native-order integers),
   * the UTF-8 state (1 or 0), or setting it (answering the old one); {@code null} (badarg) for an
   * operation without the driver's magic number, no bytes for one the driver does not know.
   */
  byte[] control(long operation, byte[] data) {
    if (operation < CONTROL_MAGIC) {
      return null;
    }
    synchronized (line) {
      if (operation == GET_WINSIZE) {
        int[] size = Terminal.size();
        return ByteBuffer.allocate(8).order(ByteOrder.nativeOrder()).putInt(size[0]).putInt(size[1]).array();
      } else if (operation == GET_UNICODE_STATE) {
        return new byte[] {(byte) (line.utf8() ? 1 : 0)};
      } else if (operation == SET_UNICODE_STATE && data.length > 0) {
        byte[] old = {(byte) (line.utf8() ? 1 : 0)};
        line.setUtf8(data[0] != 0);
        return old;
      }
      return new byte[0];
    }
  }

  @Override
  void start() {
    Thread t = new Thread(this::readLoop, "jbeamjit-tty-reader");
    t.setDaemon(true);
    t.start();
  }

  private void readLoop() {
    InputStream in = System.in;
    byte[] buf = new byte[1024];
    try {
      int n;
      while (!isClosed() && (n = in.read(buf)) > 0) {
        byte[] chars;
        synchronized (line) {
          chars = input.decode(buf, n);
        }
        if (chars.length > 0 && !isClosed()) {
          received(chars, chars.length);
        }
      }
    } catch (IOException e) {
      // The terminal failed: the same as its end.
    }
    if (!isClosed() && settings.eof) {
      sendOwner(Tuple.of(id, EOF));
    }
  }

  @Override
  void release() {
    Terminal.release();
    IN_USE.set(false);
  }
}
