package org.jbeamjit.runtime.tty;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The line the terminal's cursor is on, as OTP's {@code tty_sl} driver keeps it: the characters
 * written since the last newline, each taking one or more screen cells, and the cursor's place
 * among them. Each operation {@code user_drv} sends (put, move, insert, delete, beep) updates it
 * and answers the bytes that make the terminal show the same: the characters, and cursor moves
 * computed from cell positions and the terminal's width (a line longer than the width wraps).
 *
 * <p>Cell positions count from the start of the line, so a character's screen row is its
 * position divided by the width. Characters the terminal cannot show plainly take the cells of
 * what is shown instead: a control character {@code ^X}, a tab spaces to the next multiple of 8,
 * a character outside Latin-1's printable range on a terminal that is not UTF-8 {@code \ooo} or
 * {@code \x{H...}}; a wide (East Asian) character takes two.
 *
 * <p>The escapes are those of an ANSI terminal (what TERM names on any machine today): cursor
 * up {@code ESC [ A}, right {@code ESC [ C}, left backspace, down a line feed (output processing
 * is off, so it does not return the carriage). The terminal wraps late (termcap's {@code xn}):
 * after writing the last column the cursor stays there until the next character, so a write
 * that ends exactly at a row's end forces the wrap by writing a cell and stepping back.
 */
public final class TtyLine {
  /** A later cell of a character that takes several. */
  private static final int CONT = 1 << 30;
  private static final int CONTROL = 1 << 29;
  private static final int TAB = 1 << 28;
  private static final int ESCAPED = 1 << 27;
  private static final int WIDE = 1 << 26;
  private static final int KIND = CONT | CONTROL | TAB | ESCAPED | WIDE;
  /** A line this long starts a new one before the next operation, as OTP's does. */
  private static final int MAX_LINE = 1 << 16;
  private static final byte[] UP = {0x1b, '[', 'A'};
  private static final byte[] RIGHT = {0x1b, '[', 'C'};

  private int[] cells = new int[256];
  private int length;
  private int cursor;
  private int columns;
  private boolean utf8;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  public TtyLine(boolean utf8, int columns) {
    this.utf8 = utf8;
    this.columns = Math.max(1, columns);
  }

  /** Whether the terminal takes UTF-8 (else each character is one Latin-1 byte). */
  public boolean utf8() {
    return utf8;
  }

  public void setUtf8(boolean utf8) {
    this.utf8 = utf8;
  }

  /** The terminal's width changed: later moves use the new one (what is on screen is not redrawn). */
  public void setColumns(int columns) {
    this.columns = Math.max(1, columns);
  }

  /** The cursor's cell position in the line (for tests). */
  int cursor() {
    return cursor;
  }

  /** The line's length in cells (for tests). */
  int length() {
    return length;
  }

  /** Writes UTF-8 text over the line from the cursor; a newline or carriage return starts a new line. */
  public byte[] put(byte[] text) {
    begin();
    putText(text);
    return end();
  }

  private void putText(byte[] text) {
    int written = store(text);
    if (cursor > length) {
      length = cursor;
    }
    if (written > 0) {
      draw(cursor - written, cursor);
    }
  }

  /** Moves the cursor {@code n} characters right (left if negative), not past either end of the line. */
  public byte[] move(int n) {
    begin();
    int to = step(n);
    moveCursor(cursor, to);
    cursor = to;
    return end();
  }

  /** Inserts UTF-8 text at the cursor, redrawing what follows it. */
  public byte[] insert(byte[] text) {
    begin();
    int[] tail = Arrays.copyOfRange(cells, cursor, length);
    int written = store(text);
    ensure(cursor + tail.length);
    System.arraycopy(tail, 0, cells, cursor, tail.length);
    length = cursor + tail.length;
    draw(cursor - written, length);
    moveCursor(length, cursor);
    return end();
  }

  /** Deletes {@code n} characters after the cursor (before it if negative), redrawing what follows. */
  public byte[] delete(int n) {
    begin();
    int to = step(n);
    int removed = Math.abs(to - cursor);
    if (removed > 0) {
      int from = Math.min(to, cursor);
      int after = length - Math.max(to, cursor);
      moveCursor(cursor, from);
      System.arraycopy(cells, from + removed, cells, from, after);
      cursor = from;
      length -= removed;
      draw(cursor, length);
      for (int i = 0; i < removed; i++) {
        out.write(' ');
      }
      if ((length + removed) % columns == 0) {
        out.write(' ');
        out.write('\b');
      }
      moveCursor(length + removed, cursor);
    }
    return end();
  }

  /** The bell. */
  public byte[] beep() {
    begin();
    out.write(7);
    return end();
  }

  private void begin() {
    out.reset();
    if (cursor > MAX_LINE) {
      putText(new byte[] {'\n'});
    }
  }

  private byte[] end() {
    return out.toByteArray();
  }

  // ---------------------------------------------------------------------------------------------
  // The cells

  /**
   * Stores characters from the cursor on, moving it; a newline, carriage return or escape draws
   * what is pending, goes to the terminal as it is, and begins a new line. Answers how many cells
   * were stored in the line as it is now.
   */
  private int store(byte[] text) {
    int start = cursor;
    int i = 0;
    while (i < text.length) {
      int ch;
      int size = Utf8.sequenceLength(text, i);
      if (size > 0) {
        ch = Utf8.decode(text, i, size);
        i += size;
      } else {
        ch = text[i++] & 0xff; // not UTF-8: the byte as it is, as OTP's driver tolerates
      }
      ensure(cursor + 16);
      if (ch == 0x1b || ch == '\n' || ch == '\r') {
        if (cursor > start) {
          draw(start, cursor);
        }
        if (ch == 0x1b) {
          out.write(0x1b);
        } else {
          out.write('\r');
          if (ch == '\n') {
            out.write('\n');
          }
        }
        int rest = Math.max(0, length - cursor);
        System.arraycopy(cells, cursor, cells, 0, rest);
        length = rest;
        cursor = 0;
        start = 0;
      } else if (printable(ch)) {
        if (utf8 && Utf8.isWide(ch)) {
          cells[cursor++] = WIDE | ch;
          cells[cursor++] = CONT;
        } else {
          cells[cursor++] = ch;
        }
      } else if (ch == '\t') {
        cells[cursor++] = TAB;
        while (cursor % 8 != 0) {
          cells[cursor++] = CONT;
        }
      } else if (ch >= 128) {
        int shown = escapeDigits(ch).length();
        ensure(cursor + shown + 1);
        cells[cursor++] = ESCAPED | ch;
        for (int k = 0; k < shown; k++) {
          cells[cursor++] = CONT;
        }
      } else {
        cells[cursor++] = CONTROL | ch;
        cells[cursor++] = CONT;
      }
    }
    return cursor - start;
  }

  private boolean printable(int ch) {
    return (ch >= 0x20 && ch < 0x7f) || (utf8 && ch >= 128);
  }

  /** How a character a Latin-1 terminal cannot show is written after the backslash. */
  private static String escapeDigits(int ch) {
    return ch < 0x200 ? String.format("%03o", ch) : "x{" + Integer.toHexString(ch).toUpperCase() + "}";
  }

  /** The cell position {@code n} characters from the cursor (back if negative), within the line. */
  private int step(int n) {
    int c = cursor;
    for (; n > 0 && c < length; n--) {
      c++;
      while (c < length && (cells[c] & CONT) != 0) {
        c++;
      }
    }
    for (; n < 0 && c > 0; n++) {
      c--;
      while (c > 0 && (cells[c] & CONT) != 0) {
        c--;
      }
    }
    return c;
  }

  private void ensure(int size) {
    if (size > cells.length) {
      cells = Arrays.copyOf(cells, Math.max(size, cells.length * 2));
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The terminal

  /** Writes the characters in cells {@code [from, to)}; the cursor ends at {@code to}. */
  private void draw(int from, int to) {
    int i = from;
    while (i < to) {
      int c = cells[i];
      int ch = c & ~KIND;
      int next = i + 1;
      while (next < to && (cells[next] & CONT) != 0) {
        next++;
      }
      if ((c & (CONTROL | TAB | ESCAPED)) == 0 && (c & CONT) == 0) {
        writeChar(ch);
      } else if ((c & TAB) != 0) {
        for (int k = i; k < next; k++) {
          out.write(' ');
        }
      } else if ((c & CONTROL) != 0) {
        out.write('^');
        out.write(ch == 0x7f ? '?' : ch | 0x40);
      } else if ((c & ESCAPED) != 0) {
        out.write('\\');
        out.writeBytes(escapeDigits(ch).getBytes(StandardCharsets.US_ASCII));
      }
      i = next;
    }
    if (to != 0 && to % columns == 0) {
      // Force the late wrap so that the cursor really is at the next row's start.
      int c = to < length ? cells[to] : ' ';
      boolean single = (c & KIND) == 0 && (to + 1 >= length || (cells[to + 1] & CONT) == 0);
      writeChar(to < length && single ? c : ' ');
      out.write('\b');
    }
  }

  private void writeChar(int ch) {
    if (utf8) {
      out.writeBytes(new String(Character.toChars(ch)).getBytes(StandardCharsets.UTF_8));
    } else {
      out.write(ch);
    }
  }

  private void moveCursor(int from, int to) {
    int rows = to / columns - from / columns;
    int cols = to % columns - from % columns;
    repeat(rows > 0 ? new byte[] {'\n'} : UP, Math.abs(rows));
    repeat(cols > 0 ? RIGHT : new byte[] {'\b'}, Math.abs(cols));
  }

  private void repeat(byte[] escape, int times) {
    for (int i = 0; i < times; i++) {
      out.writeBytes(escape);
    }
  }
}
