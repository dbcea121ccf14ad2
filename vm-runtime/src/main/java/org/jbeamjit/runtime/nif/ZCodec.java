package org.jbeamjit.runtime.nif;

/**
 * One direction of a zlib stream as OTP's zlib NIF drives it: each {@link #run} is one call of
 * zlib's {@code deflate()} or {@code inflate()}, with zlib's return codes, taking bytes from an
 * input slice and writing into an output slice.
 */
interface ZCodec {
  int Z_OK = 0;
  int Z_STREAM_END = 1;
  int Z_NEED_DICT = 2;
  int Z_STREAM_ERROR = -2;
  int Z_DATA_ERROR = -3;
  int Z_BUF_ERROR = -5;

  int Z_NO_FLUSH = 0;
  int Z_SYNC_FLUSH = 2;
  int Z_FULL_FLUSH = 3;
  int Z_FINISH = 4;

  /** One call: returns zlib's code; {@link #consumed} and {@link #produced} tell how far it got. */
  int run(byte[] in, int off, int len, byte[] out, int outOff, int outLen, int flush);

  int consumed();

  int produced();

  /** zlib's {@code deflateReset} / {@code inflateReset}: a new stream with the same parameters. */
  void reset();

  /** Frees the native stream. */
  void end();
}
