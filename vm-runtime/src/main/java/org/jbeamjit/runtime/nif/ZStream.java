package org.jbeamjit.runtime.nif;

import java.util.zip.CRC32;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Pid;

/**
 * The state behind a {@code zlib:open/0} reference, as OTP's zlib NIF keeps it: not initialised,
 * deflating or inflating (or closed), the controlling process, the queue of input not yet
 * consumed, the stash {@code zlib.erl} keeps progress in, what to do with input after the end of
 * a stream, and the running CRC-32 of a raw stream's plain data ({@code zlib:crc32/1}).
 */
final class ZStream {
  enum State {
    NONE, DEFLATE, INFLATE, CLOSED
  }

  static final int EOS_ERROR = 0;
  static final int EOS_RESET = 1;
  static final int EOS_CUT = 2;

  State state = State.NONE;
  Pid controller;
  final ByteQueue input = new ByteQueue();
  /** The stashed term, or {@code null} for none. */
  Object stash;
  int eosBehavior = EOS_CUT;
  boolean eosSeen;
  /** The deprecated {@code inflateChunk}'s output size. */
  int bufferSize = 4000;
  DeflateCodec deflate;
  InflateCodec inflate;
  private final CRC32 plainCrc = new CRC32();
  private boolean wantCrc;

  ZStream(Pid controller) {
    this.controller = controller;
  }

  ZCodec codec() {
    return state == State.DEFLATE ? deflate : inflate;
  }

  void startDeflate(DeflateCodec d) {
    deflate = d;
    state = State.DEFLATE;
    eosSeen = false;
    wantCrc = d.isRaw();
    plainCrc.reset();
  }

  void startInflate(InflateCodec i, int eos) {
    inflate = i;
    state = State.INFLATE;
    eosBehavior = eos;
    eosSeen = false;
    wantCrc = i.isRaw();
    plainCrc.reset();
  }

  /** The CRC-32 of the plain data so far (0 unless the stream is raw). */
  long crc() {
    return plainCrc.getValue();
  }

  /** Forgets queued input and the stash, as zlib's resets do. */
  void resetInput() {
    input.skip(input.size());
    stash = null;
  }

  void resetCrc() {
    plainCrc.reset();
  }

  /** Ends the codec and forgets everything; {@code state} is left to the caller. */
  void endCodec() {
    if (state == State.DEFLATE) {
      deflate.end();
    } else if (state == State.INFLATE) {
      inflate.end();
    }
    resetInput();
  }

  /** What one {@code deflate_nif}/{@code inflate_nif} call did. */
  record Step(int status, Object output, boolean inputLeft, boolean outputFull, boolean stuck) {}

  /**
   * One call of the NIF's codec loop: the queued input, block by block up to {@code inputLimit}
   * bytes, without flushing; then, if all of it was taken and there is room, one call with
   * {@code flush}. Output is at most {@code outputLimit} bytes, as a list of one binary (or none).
   */
  Step step(int inputLimit, int outputLimit, int flush) {
    ZCodec codec = codec();
    byte[] out = new byte[outputLimit];
    int produced = 0;
    int consumed = 0;
    int status = ZCodec.Z_OK;
    while (status == ZCodec.Z_OK && input.size() > 0 && consumed < inputLimit) {
      byte[] block = input.head();
      int size = Math.min(block.length, inputLimit);
      status = codec.run(block, 0, size, out, produced, outputLimit - produced, ZCodec.Z_NO_FLUSH);
      int taken = codec.consumed();
      if (wantCrc && state == State.DEFLATE) {
        plainCrc.update(block, 0, taken);
      }
      produced += codec.produced();
      consumed += taken;
      input.skip(taken);
      if (taken < block.length) {
        break; // the output is full, or the stream stopped: zlib's next call would take nothing
      }
    }
    if (status == ZCodec.Z_OK && input.size() == 0 && produced < outputLimit) {
      status = codec.run(new byte[0], 0, 0, out, produced, outputLimit - produced, flush);
      produced += codec.produced();
    }
    if (wantCrc && state == State.INFLATE) {
      plainCrc.update(out, 0, produced);
    }
    Object output = produced == 0 ? Nil.NIL
        : new Cons(BitString.wrap(produced == outputLimit ? out : java.util.Arrays.copyOf(out, produced)), Nil.NIL);
    boolean stuck = consumed == 0 && produced == 0 && input.size() > 0;
    return new Step(status, output, input.size() > 0, produced >= outputLimit, stuck);
  }
}
