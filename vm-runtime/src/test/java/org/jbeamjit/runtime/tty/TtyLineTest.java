package org.jbeamjit.runtime.tty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** What the tty driver's line writes to the terminal for each of user_drv's operations. */
class TtyLineTest {
  private static final String UP = "\u001b[A";
  private static final String RIGHT = "\u001b[C";

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String shown(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  @Test
  void putMovesTheCursorAlong() {
    TtyLine line = new TtyLine(true, 80);
    assertEquals("1> ", shown(line.put(utf8("1> "))));
    assertEquals(3, line.cursor());
    assertEquals(3, line.length());
  }

  @Test
  void editingInTheMiddleRedrawsTheTail() {
    TtyLine line = new TtyLine(true, 80);
    line.put(utf8("abcd"));
    assertEquals("\b\b", shown(line.move(-2)));
    assertEquals("Xcd\b\b", shown(line.insert(utf8("X"))));
    assertEquals(3, line.cursor());
    assertEquals(5, line.length());
    assertEquals("\bcd \b\b\b", shown(line.delete(-1)));
    assertEquals(2, line.cursor());
    assertEquals("d \b\b", shown(line.delete(1)));
    assertEquals(3, line.length());
  }

  @Test
  void movesStopAtTheEndsOfTheLine() {
    TtyLine line = new TtyLine(true, 80);
    line.put(utf8("ab"));
    assertEquals("", shown(line.move(5)));
    assertEquals("\b\b", shown(line.move(-9)));
    assertEquals(RIGHT, shown(line.move(1)));
  }

  @Test
  void aLineWiderThanTheTerminalWraps() {
    TtyLine line = new TtyLine(true, 4);
    // Ending exactly at the right margin forces the late wrap: a cell written, then back.
    assertEquals("abcd \b", shown(line.put(utf8("abcd"))));
    assertEquals(UP + RIGHT + RIGHT + RIGHT, shown(line.move(-1)));
    assertEquals("\n" + "\b\b\b", shown(line.move(1)));
    line.put(utf8("ef"));
    assertEquals(UP + "\b", shown(line.move(-5)));
  }

  @Test
  void deletingAcrossTheWrapRedrawsBothRows() {
    TtyLine line = new TtyLine(true, 4);
    assertEquals("abcde", shown(line.put(utf8("abcde"))));
    assertEquals(UP + RIGHT + RIGHT, shown(line.move(-2)));
    // 'e' moves up to the row's last column (the wrap forced after it), the old 'e' is blanked,
    // and the cursor goes back up to where 'd' was.
    assertEquals("e \b " + UP + RIGHT + RIGHT, shown(line.delete(1)));
    assertEquals(3, line.cursor());
    assertEquals(4, line.length());
  }

  @Test
  void controlCharactersAndTabsTakeTheCellsShown() {
    TtyLine line = new TtyLine(true, 80);
    assertEquals("^A", shown(line.put(new byte[] {1})));
    assertEquals("\b\b", shown(line.move(-1)));
    TtyLine tabs = new TtyLine(true, 80);
    assertEquals("a       b", shown(tabs.put(utf8("a\tb"))));
    assertEquals(9, tabs.length());
    assertEquals("\b", shown(tabs.move(-1)));
    assertEquals("\b\b\b\b\b\b\b", shown(tabs.move(-1)));
  }

  @Test
  void aLatin1TerminalGetsEscapesForWhatItCannotShow() {
    TtyLine line = new TtyLine(false, 80);
    assertEquals("\\351", shown(line.put(utf8("é"))));
    assertEquals("\\x{4E2D}", shown(line.put(utf8("中"))));
    assertEquals(4 + 8, line.length());
    TtyLine unicode = new TtyLine(true, 80);
    assertEquals("é中", new String(unicode.put(utf8("é中")), StandardCharsets.UTF_8));
    assertEquals(3, unicode.length()); // the wide character takes two cells
    assertEquals("\b\b", shown(unicode.move(-1)));
  }

  @Test
  void aNewlineStartsANewLine() {
    TtyLine line = new TtyLine(true, 80);
    assertEquals("ab\r\ncd", shown(line.put(utf8("ab\ncd"))));
    assertEquals(2, line.cursor());
    assertEquals("\b\b", shown(line.move(-5)));
  }

  @Test
  void beepRingsTheBell() {
    assertEquals("\u0007", shown(new TtyLine(true, 80).beep()));
  }

  @Test
  void inputPassesUtf8AndWaitsForASplitCharacter() {
    TtyLine line = new TtyLine(true, 80);
    TtyInput in = new TtyInput(line);
    byte[] e = utf8("é");
    assertEquals("a", new String(in.decode(new byte[] {'a', e[0]}, 2), StandardCharsets.UTF_8));
    assertEquals("é", new String(in.decode(new byte[] {e[1]}, 1), StandardCharsets.UTF_8));
  }

  @Test
  void inputThatIsNotUtf8IsLatin1FromThenOn() {
    TtyLine line = new TtyLine(true, 80);
    TtyInput in = new TtyInput(line);
    assertEquals("aÿ", new String(in.decode(new byte[] {'a', (byte) 0xff, 'x'}, 2), StandardCharsets.UTF_8));
    assertFalse(line.utf8());
    assertEquals("Ã", new String(in.decode(new byte[] {(byte) 0xc3}, 1), StandardCharsets.UTF_8));
  }
}
