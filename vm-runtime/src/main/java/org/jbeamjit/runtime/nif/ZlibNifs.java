package org.jbeamjit.runtime.nif;

import org.jbeamjit.runtime.bif.Bif;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.LocalNode;
import org.jbeamjit.runtime.resource.MagicRefs;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.Atoms;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Pid;
import org.jbeamjit.runtime.term.Tuple;

/**
 * The NIFs of OTP's {@code zlib} (its {@code -nifs} list), on {@link DeflateCodec} and
 * {@link InflateCodec}. Each checks as OTP's does, in its order: the arguments' types
 * ({@code badarg}), that the caller is the stream's controlling process
 * ({@code not_on_controlling_process}), the stream's state ({@code not_initialized},
 * {@code already_initialized}); zlib's {@code Z_STREAM_ERROR} and {@code Z_DATA_ERROR} are
 * raised as {@code stream_error} and {@code data_error}.
 */
public final class ZlibNifs {
  private static final MagicRefs<ZStream> STREAMS = new MagicRefs<>();

  private static final Atom NOT_ON_CONTROLLING_PROCESS = Atom.of("not_on_controlling_process");
  private static final Atom NOT_INITIALIZED = Atom.of("not_initialized");
  private static final Atom ALREADY_INITIALIZED = Atom.of("already_initialized");
  private static final Atom STREAM_ERROR = Atom.of("stream_error");
  private static final Atom DATA_ERROR = Atom.of("data_error");
  private static final Atom STREAM_END = Atom.of("stream_end");
  private static final Atom CONTINUE = Atom.of("continue");
  private static final Atom FINISHED = Atom.of("finished");
  private static final Atom NEED_DICTIONARY = Atom.of("need_dictionary");
  private static final Atom EMPTY = Atom.of("empty");

  private ZlibNifs() {}

  /** The stream a term stands for, used by its controlling process; else OTP's error. */
  private static ZStream stream(ErlProcess p, Object ref) {
    ZStream z = STREAMS.get(ref);
    if (z == null) {
      throw ErlangException.badarg();
    }
    return controlled(p, z);
  }

  private static ZStream controlled(ErlProcess p, ZStream z) {
    synchronized (z) {
      if (!p.pid().equals(z.controller)) {
        throw ErlangException.error(NOT_ON_CONTROLLING_PROCESS);
      }
    }
    return z;
  }

  private static ZStream resource(Object ref) {
    ZStream z = STREAMS.get(ref);
    if (z == null) {
      throw ErlangException.badarg();
    }
    return z;
  }

  private static int intArg(Object t) {
    Integer i = NifArgs.int32(t);
    if (i == null) {
      throw ErlangException.badarg();
    }
    return i;
  }

  private static void expect(ZStream z, ZStream.State state) {
    if (z.state != state) {
      throw ErlangException.error(NOT_INITIALIZED);
    }
  }

  /** zlib's return code as OTP's NIF gives it: an atom, or an exception. */
  private static Object zlibReturn(int code) {
    return switch (code) {
      case ZCodec.Z_OK -> Atoms.OK;
      case ZCodec.Z_STREAM_END -> STREAM_END;
      case ZCodec.Z_STREAM_ERROR -> throw ErlangException.error(STREAM_ERROR);
      case ZCodec.Z_DATA_ERROR -> throw ErlangException.error(DATA_ERROR);
      case ZCodec.Z_BUF_ERROR -> Atom.of("buf_error");
      default -> Atom.of("unknown_error");
    };
  }

  @Bif(module = "zlib", name = "open_nif")
  public static Object open(ErlProcess p) {
    return STREAMS.create(new ZStream(p.pid()));
  }

  @Bif(module = "zlib", name = "close_nif")
  public static Object close(ErlProcess p, Object ref) {
    ZStream z = stream(p, ref);
    synchronized (z) {
      if (z.state == ZStream.State.CLOSED) {
        throw ErlangException.error(NOT_INITIALIZED);
      }
      z.endCodec();
      z.state = ZStream.State.CLOSED;
      return Atoms.OK;
    }
  }

  @Bif(module = "zlib", name = "set_controller_nif")
  public static Object setController(ErlProcess p, Object ref, Object pid) {
    ZStream z = resource(ref);
    if (!(pid instanceof Pid newOwner) || !LocalNode.isLocal(newOwner)) {
      throw ErlangException.badarg();
    }
    controlled(p, z);
    synchronized (z) {
      z.controller = newOwner;
    }
    return Atoms.OK;
  }

  // ---------------------------------------------------------------------------------------------
  // Deflate

  @Bif(module = "zlib", name = "deflateInit_nif")
  public static Object deflateInit(ErlProcess p, Object ref, Object level, Object method, Object windowBits,
      Object memLevel, Object strategy) {
    ZStream z = resource(ref);
    int l = intArg(level);
    int m = intArg(method);
    int w = intArg(windowBits);
    int ml = intArg(memLevel);
    int s = intArg(strategy);
    controlled(p, z);
    synchronized (z) {
      if (z.state != ZStream.State.NONE) {
        throw ErlangException.error(ALREADY_INITIALIZED);
      }
      DeflateCodec d = DeflateCodec.create(l, m, w, ml, s);
      if (d == null) {
        return zlibReturn(ZCodec.Z_STREAM_ERROR);
      }
      z.startDeflate(d);
      return Atoms.OK;
    }
  }

  @Bif(module = "zlib", name = "deflateSetDictionary_nif")
  public static Object deflateSetDictionary(ErlProcess p, Object ref, Object dictionary) {
    ZStream z = resource(ref);
    byte[] dict = NifArgs.iodata(dictionary);
    controlled(p, z);
    synchronized (z) {
      expect(z, ZStream.State.DEFLATE);
      long id = z.deflate.setDictionary(dict);
      return id < 0 ? zlibReturn(ZCodec.Z_STREAM_ERROR) : (Object) id;
    }
  }

  @Bif(module = "zlib", name = "deflateReset_nif")
  public static Object deflateReset(ErlProcess p, Object ref) {
    ZStream z = stream(p, ref);
    synchronized (z) {
      expect(z, ZStream.State.DEFLATE);
      z.deflate.reset();
      z.resetCrc();
      z.eosSeen = false;
      z.resetInput();
      return Atoms.OK;
    }
  }

  /** {@code deflateEnd}: {@code data_error} if the stream was left unfinished or input is left over. */
  @Bif(module = "zlib", name = "deflateEnd_nif")
  public static Object deflateEnd(ErlProcess p, Object ref) {
    ZStream z = stream(p, ref);
    synchronized (z) {
      expect(z, ZStream.State.DEFLATE);
      int code = z.deflate.isBusy() || z.input.size() > 0 ? ZCodec.Z_DATA_ERROR : ZCodec.Z_OK;
      z.endCodec();
      z.state = ZStream.State.NONE;
      return zlibReturn(code);
    }
  }

  @Bif(module = "zlib", name = "deflateParams_nif")
  public static Object deflateParams(ErlProcess p, Object ref, Object level, Object strategy) {
    ZStream z = resource(ref);
    int l = intArg(level);
    int s = intArg(strategy);
    controlled(p, z);
    synchronized (z) {
      expect(z, ZStream.State.DEFLATE);
      return zlibReturn(z.deflate.setParams(l, s) ? ZCodec.Z_OK : ZCodec.Z_STREAM_ERROR);
    }
  }

  @Bif(module = "zlib", name = "deflate_nif")
  public static Object deflate(ErlProcess p, Object ref, Object inputChunk, Object outputChunk, Object flush) {
    ZStream z = resource(ref);
    int in = intArg(inputChunk);
    int out = intArg(outputChunk);
    int f = intArg(flush);
    controlled(p, z);
    synchronized (z) {
      expect(z, ZStream.State.DEFLATE);
      return codec(z, in, out, f);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Inflate

  @Bif(module = "zlib", name = "inflateInit_nif")
  public static Object inflateInit(ErlProcess p, Object ref, Object windowBits, Object eosBehavior) {
    ZStream z = resource(ref);
    int w = intArg(windowBits);
    int eos = intArg(eosBehavior);
    controlled(p, z);
    synchronized (z) {
      if (z.state != ZStream.State.NONE) {
        throw ErlangException.error(ALREADY_INITIALIZED);
      }
      InflateCodec i = InflateCodec.create(w);
      if (i == null) {
        return zlibReturn(ZCodec.Z_STREAM_ERROR);
      }
      z.startInflate(i, eos);
      return Atoms.OK;
    }
  }

  @Bif(module = "zlib", name = "inflateSetDictionary_nif")
  public static Object inflateSetDictionary(ErlProcess p, Object ref, Object dictionary) {
    ZStream z = resource(ref);
    byte[] dict = NifArgs.iodata(dictionary);
    controlled(p, z);
    synchronized (z) {
      expect(z, ZStream.State.INFLATE);
      return zlibReturn(z.inflate.setDictionary(dict));
    }
  }

  @Bif(module = "zlib", name = "inflateGetDictionary_nif")
  public static Object inflateGetDictionary(ErlProcess p, Object ref) {
    ZStream z = stream(p, ref);
    synchronized (z) {
      expect(z, ZStream.State.INFLATE);
      return BitString.wrap(z.inflate.dictionary());
    }
  }

  @Bif(module = "zlib", name = "inflateReset_nif")
  public static Object inflateReset(ErlProcess p, Object ref) {
    ZStream z = stream(p, ref);
    synchronized (z) {
      expect(z, ZStream.State.INFLATE);
      z.inflate.reset();
      z.resetCrc();
      z.eosSeen = false;
      z.resetInput();
      return Atoms.OK;
    }
  }

  /** {@code inflateEnd}: {@code data_error} unless the stream ended and all input was used. */
  @Bif(module = "zlib", name = "inflateEnd_nif")
  public static Object inflateEnd(ErlProcess p, Object ref) {
    ZStream z = stream(p, ref);
    synchronized (z) {
      expect(z, ZStream.State.INFLATE);
      int code = !z.eosSeen || z.input.size() > 0 ? ZCodec.Z_DATA_ERROR : ZCodec.Z_OK;
      z.endCodec();
      z.state = ZStream.State.NONE;
      return zlibReturn(code);
    }
  }

  /** Input after the end of a stream is an error, the start of a new stream, or dropped, as chosen at init. */
  @Bif(module = "zlib", name = "inflate_nif")
  public static Object inflate(ErlProcess p, Object ref, Object inputChunk, Object outputChunk, Object flush) {
    ZStream z = resource(ref);
    int in = intArg(inputChunk);
    int out = intArg(outputChunk);
    int f = intArg(flush);
    controlled(p, z);
    synchronized (z) {
      expect(z, ZStream.State.INFLATE);
      if (z.eosSeen && z.input.size() > 0) {
        switch (z.eosBehavior) {
          case ZStream.EOS_ERROR -> zlibReturn(ZCodec.Z_DATA_ERROR);
          case ZStream.EOS_RESET -> {
            z.inflate.reset();
            z.eosSeen = false;
          }
          case ZStream.EOS_CUT -> z.resetInput();
          default -> { } // OTP checks the behaviour in zlib.erl; any other value keeps the input
        }
      }
      return codec(z, in, out, f);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The rest: checksum, stash, buffer size, input

  @Bif(module = "zlib", name = "crc32_nif")
  public static Object crc32(ErlProcess p, Object ref) {
    ZStream z = stream(p, ref);
    synchronized (z) {
      if (z.state != ZStream.State.DEFLATE && z.state != ZStream.State.INFLATE) {
        throw ErlangException.error(NOT_INITIALIZED);
      }
      return z.crc();
    }
  }

  @Bif(module = "zlib", name = "getStash_nif")
  public static Object getStash(ErlProcess p, Object ref) {
    ZStream z = stream(p, ref);
    synchronized (z) {
      return z.stash == null ? EMPTY : Tuple.of(Atoms.OK, z.stash);
    }
  }

  @Bif(module = "zlib", name = "clearStash_nif")
  public static Object clearStash(ErlProcess p, Object ref) {
    ZStream z = stream(p, ref);
    synchronized (z) {
      if (z.stash == null) {
        throw ErlangException.error(Atoms.ERROR);
      }
      z.stash = null;
      return Atoms.OK;
    }
  }

  @Bif(module = "zlib", name = "setStash_nif")
  public static Object setStash(ErlProcess p, Object ref, Object term) {
    ZStream z = stream(p, ref);
    synchronized (z) {
      if (z.stash != null) {
        throw ErlangException.error(Atoms.ERROR);
      }
      z.stash = term;
      return Atoms.OK;
    }
  }

  @Bif(module = "zlib", name = "getBufSize_nif")
  public static Object getBufSize(ErlProcess p, Object ref) {
    ZStream z = stream(p, ref);
    synchronized (z) {
      return (long) z.bufferSize;
    }
  }

  @Bif(module = "zlib", name = "setBufSize_nif")
  public static Object setBufSize(ErlProcess p, Object ref, Object size) {
    ZStream z = stream(p, ref);
    int n = intArg(size);
    synchronized (z) {
      z.bufferSize = n;
      return Atoms.OK;
    }
  }

  @Bif(module = "zlib", name = "enqueue_nif")
  public static Object enqueue(ErlProcess p, Object ref, Object iovec) {
    ZStream z = stream(p, ref);
    synchronized (z) {
      if (z.state != ZStream.State.DEFLATE && z.state != ZStream.State.INFLATE) {
        throw ErlangException.error(NOT_INITIALIZED);
      }
    }
    byte[] bytes = NifArgs.iodata(iovec);
    synchronized (z) {
      z.input.write(bytes);
      return Atoms.OK;
    }
  }

  /** A codec call's result: {@code {finished | continue, Output}} or {@code {need_dictionary, Adler, Output}}. */
  private static Object codec(ZStream z, int inputChunk, int outputChunk, int flush) {
    ZStream.Step s = z.step(inputChunk, outputChunk, flush);
    if (s.status() < 0 && s.status() != ZCodec.Z_BUF_ERROR) {
      return zlibReturn(s.status());
    }
    if (s.status() == ZCodec.Z_STREAM_END) {
      z.eosSeen = true;
    }
    if (s.stuck()) {
      return zlibReturn(ZCodec.Z_DATA_ERROR);
    }
    if (!s.inputLeft() && !s.outputFull()) {
      return Tuple.of(FINISHED, s.output());
    } else if (s.status() != ZCodec.Z_NEED_DICT) {
      return Tuple.of(CONTINUE, s.output());
    }
    return Tuple.of(NEED_DICTIONARY, z.inflate.dictionaryId(), s.output());
  }
}
