/**
 * The bit syntax at run time, shared by the interpreter and the JIT so that both build and match
 * bitstrings the same way, which is OTP 25's way (checked against erlc-compiled code).
 *
 * <p>Construction ({@link org.jbeamjit.runtime.bits.BitStringBuilder}, sizes from
 * {@link org.jbeamjit.runtime.bits.BitSizes}):
 * <ul>
 *   <li>{@code bs_create_bin}: {@link org.jbeamjit.runtime.bits.BinaryConstruction#create} with the
 *       segment list; or, specialised, {@code BitSizes.bits/allBits/utf8Bits/utf16Bits/utf32Bits}
 *       per segment summed with {@code BitSizes.add}, then {@code BitStringBuilder.withBits(total)}
 *       (or {@code appending(bin, unit, total)} for an {@code append}/{@code private_append} first
 *       segment), one {@code put...} per segment, and {@code build()}.
 *   <li>{@code bs_init2}: {@code withBits(BitSizes.bits(size, 8))}; {@code bs_init_bits}:
 *       {@code withBits(BitSizes.bits(size, 1))}; then {@code bs_put_integer/float/binary/string/
 *       utf8/utf16/utf32} are {@code putInteger/putFloat/putBinary (putBinaryAll for all)/
 *       putBinary/putUtf8/putUtf16/putUtf32}, with sizes from {@code BitSizes.putBits(size,
 *       unit)}, and the destination register gets {@code build()} once the puts are done.
 *   <li>{@code bs_append}, {@code bs_private_append}: {@code appending(bin, unit,
 *       BitSizes.bits(size, 1))}, then puts as above; {@code bs_init_writable}:
 *       {@code emptyWritable(x0)}.
 *   <li>{@code bs_add}: {@code BitSizes.bsAdd}; {@code bs_utf8_size}, {@code bs_utf16_size}:
 *       {@code BitSizes.utf8Size}, {@code utf16Size}.
 * </ul>
 *
 * <p>Matching ({@link org.jbeamjit.runtime.bits.MatchContext}; a {@code null} or {@code false}
 * result means "jump to the fail label"):
 * <ul>
 *   <li>{@code bs_start_match3/4}: {@code start}; {@code bs_get_position}, {@code bs_set_position}:
 *       {@code position()}, {@code position(long)}; {@code bs_get_tail}: {@code tail}.
 *   <li>{@code bs_get_integer2/float2/binary2}: {@code getInteger/getFloat/getBinary};
 *       {@code bs_skip_bits2}: {@code skip}; {@code bs_test_tail2}: {@code testTail};
 *       {@code bs_test_unit}: {@code testUnit}; {@code bs_match_string}: {@code matchString};
 *       {@code bs_get_utf8/16/32}, {@code bs_skip_utf8/16/32}: {@code getUtf8...},
 *       {@code skipUtf8...}.
 *   <li>OTP 26's {@code bs_match} commands: {@code ensure_at_least}, {@code ensure_exactly}:
 *       {@code ensureAtLeast}, {@code ensureExactly}; then, unchecked, {@code integer}:
 *       {@code readInteger(size * unit, flags)}; {@code binary}: {@code readBinary};
 *       {@code skip}: {@code skipBits}; {@code get_tail}: {@code tail}; {@code =:=}:
 *       {@code matchBits}.
 * </ul>
 */
package org.jbeamjit.runtime.bits;
