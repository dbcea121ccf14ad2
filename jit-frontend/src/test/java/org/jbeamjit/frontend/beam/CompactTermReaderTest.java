package org.jbeamjit.frontend.beam;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.jbeamjit.frontend.BeamFormatException;
import org.jbeamjit.frontend.ir.AllocationList;
import org.jbeamjit.frontend.ir.AtomLiteral;
import org.jbeamjit.frontend.ir.BeamType;
import org.jbeamjit.frontend.ir.CharLiteral;
import org.jbeamjit.frontend.ir.FloatLiteral;
import org.jbeamjit.frontend.ir.FloatReg;
import org.jbeamjit.frontend.ir.IntegerLiteral;
import org.jbeamjit.frontend.ir.Label;
import org.jbeamjit.frontend.ir.Literal;
import org.jbeamjit.frontend.ir.NilLiteral;
import org.jbeamjit.frontend.ir.Operand;
import org.jbeamjit.frontend.ir.OperandList;
import org.jbeamjit.frontend.ir.TypeKind;
import org.jbeamjit.frontend.ir.TypedRegister;
import org.jbeamjit.frontend.ir.Unsigned;
import org.jbeamjit.frontend.ir.XReg;
import org.jbeamjit.frontend.ir.YReg;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Integers;
import org.jbeamjit.testing.Erl;
import org.junit.jupiter.api.Test;

class CompactTermReaderTest {
  private static final BeamType INTEGER = BeamType.of(Set.of(TypeKind.INTEGER), OptionalLong.of(0),
      OptionalLong.of(9), 1);
  private static final ConstantPools POOLS = new ConstantPools(List.of(Atom.of("m"), Atom.of("ok")),
      List.of("a literal"), List.of(BeamType.ANY, INTEGER));

  private static Operand decode(int... bytes) {
    ChunkReader in = Bytes.of(bytes).reader();
    Operand o = new CompactTermReader(in).readOperand(POOLS);
    assertTrue(in.atEnd(), "bytes left over");
    return o;
  }

  private static BeamFormatException bad(ConstantPools pools, int... bytes) {
    return assertThrows(BeamFormatException.class,
        () -> new CompactTermReader(Bytes.of(bytes).reader()).readOperand(pools));
  }

  private static BeamFormatException bad(int... bytes) {
    return bad(POOLS, bytes);
  }

  /** Integers of every size and sign, encoded by the installed compiler's own {@code beam_asm:encode/2}. */
  @Test
  void integersAsTheCompilerEncodesThem() {
    List<BigInteger> values = new ArrayList<>();
    for (int bits : new int[] {0, 1, 4, 11, 12, 15, 16, 31, 32, 63, 64, 65, 100, 127, 128, 2400}) {
      BigInteger p = BigInteger.ONE.shiftLeft(bits);
      for (BigInteger v : List.of(p, p.subtract(BigInteger.ONE), p.negate(), p.negate().subtract(BigInteger.ONE))) {
        values.add(v);
      }
    }
    StringBuilder list = new StringBuilder();
    for (BigInteger v : values) {
      list.append(list.length() == 0 ? "" : ",").append(v);
    }
    String out = Erl.eval("[io:format(\"~w~n\", [binary_to_list(iolist_to_binary([beam_asm:encode(1, V)]))])"
        + " || V <- [" + list + "]]");
    List<String> lines = out.lines().toList();
    assertEquals(values.size(), lines.size());
    for (int i = 0; i < values.size(); i++) {
      String[] parts = lines.get(i).replaceAll("[\\[\\]]", "").split(",");
      int[] bytes = new int[parts.length];
      for (int k = 0; k < parts.length; k++) {
        bytes[k] = Integer.parseInt(parts[k]);
      }
      assertEquals(new IntegerLiteral(Integers.normalize(values.get(i))), decode(bytes), values.get(i).toString());
    }
  }

  @Test
  void smallMediumAndLongForms() {
    assertEquals(new Unsigned(0), decode(0x00));
    assertEquals(new Unsigned(15), decode(0xF0));
    assertEquals(new Unsigned(1000), decode(0x68, 0xE8));
    assertEquals(new Unsigned(2047), decode(0xE8, 0xFF));
    assertEquals(new Unsigned(2048), decode(0x18, 0x08, 0x00));
    assertEquals(new Unsigned(Integer.MAX_VALUE), decode(0x58, 0x7F, 0xFF, 0xFF, 0xFF));
  }

  @Test
  void everyTag() {
    assertEquals(new XReg(3), decode(0x33));
    assertEquals(new YReg(1023), decode(0x6C, 0xFF));
    assertEquals(new Label(2), decode(0x25));
    assertEquals(new AtomLiteral(Atom.of("ok")), decode(0x22));
    assertSame(NilLiteral.NIL, decode(0x02));
    assertEquals(new CharLiteral('a'), decode(0x0E, 'a'));
    assertEquals(IntegerLiteral.of(5), decode(0x51));
  }

  @Test
  void extendedForms() {
    assertEquals(new FloatLiteral(2.5), decode(0x07, 0x40, 0x04, 0, 0, 0, 0, 0, 0));
    assertEquals(new OperandList(List.of(IntegerLiteral.of(1), new Label(3))), decode(0x17, 0x20, 0x11, 0x35));
    assertEquals(new OperandList(List.of()), decode(0x17, 0x00));
    assertEquals(new FloatReg(2), decode(0x27, 0x20));
    assertEquals(new AllocationList(List.of(new AllocationList.Entry(AllocationList.Kind.WORDS, 3),
        new AllocationList.Entry(AllocationList.Kind.FLOATS, 0),
        new AllocationList.Entry(AllocationList.Kind.FUNS, 1))),
        decode(0x37, 0x30, 0x00, 0x30, 0x10, 0x00, 0x20, 0x10));
    assertEquals(new Literal(0, "a literal"), decode(0x47, 0x00));
    assertEquals(new TypedRegister(new XReg(1), INTEGER), decode(0x57, 0x13, 0x10));
    assertEquals(new TypedRegister(new YReg(0), BeamType.ANY), decode(0x57, 0x04, 0x00));
  }

  @Test
  void badOperandsAreFormatErrors() {
    assertTrue(bad(0x18, 0x08).getMessage().contains("truncated"));
    assertTrue(bad(0x32).getMessage().contains("atom index 3"));
    assertTrue(bad(0x47, 0x10).getMessage().contains("literal index 1"));
    assertTrue(bad(0x57, 0x13, 0x20).getMessage().contains("type index 2"));
    assertTrue(bad(new ConstantPools(POOLS.atoms(), POOLS.literals(), null), 0x57, 0x13, 0x00).getMessage()
        .contains("no Type chunk"));
    assertTrue(bad(0x57, 0x11, 0x00).getMessage().contains("x or y"));
    assertTrue(bad(0x1B, 0x04, 0x00).getMessage().contains("larger than 1023"));
    assertTrue(bad(0x58, 0x80, 0, 0, 0).getMessage().contains("too large"));
    assertTrue(bad(0x0F).getMessage().contains("malformed extended tag"));
    assertTrue(bad(0x67).getMessage().contains("unknown extended tag 6"));
    assertTrue(bad(0x17, 0x10, 0x17, 0x00).getMessage().contains("list inside a list"));
    assertTrue(bad(0x17, 0xF0).getMessage().contains("does not fit"));
    assertTrue(bad(0x37, 0x10, 0x30, 0x10).getMessage().contains("unknown allocation kind"));
    assertTrue(bad(0xF9, 0x01).getMessage().contains("must have tag u"));
    assertTrue(bad(0xF9, 0xF8).getMessage().contains("itself too long"));
    assertTrue(bad(0xF9, 0x68, 0xFF).getMessage().contains("only"));
    assertTrue(bad(0xF8, 0x00, 1, 0, 0, 0, 0, 0, 0, 0, 0).getMessage().contains("63 bits"));
  }

  @Test
  void errorsNameFileChunkAndOffset() {
    BeamFormatException e = bad(0x18, 0x08);
    assertEquals("test.beam", e.fileName());
    assertEquals("Code", e.chunk());
    assertEquals(1, e.offset());
    assertTrue(e.getMessage().startsWith("test.beam: chunk Code, byte 1: "), e.getMessage());
  }

  @Test
  void readNumberChecksTheTag() {
    ChunkReader in = Bytes.of(0x51, 0x52).reader();
    CompactTermReader terms = new CompactTermReader(in);
    assertEquals(CompactTermReader.TAG_I, terms.peekTag());
    assertEquals(5, terms.readNumber(CompactTermReader.TAG_I, "line"));
    assertThrows(BeamFormatException.class, () -> terms.readNumber(CompactTermReader.TAG_I, "line"));
  }
}
