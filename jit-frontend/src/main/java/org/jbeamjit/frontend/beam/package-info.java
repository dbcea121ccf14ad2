/**
 * The {@code .beam} format, one reader per part: the IFF container ({@link
 * org.jbeamjit.frontend.beam.BeamFile}), the compact term encoding of operands ({@link
 * org.jbeamjit.frontend.beam.CompactTermReader}), and a reader for each chunk the loader uses.
 * Every reader checks sizes, counts and indices against the bytes actually there before using
 * them, so corrupt input fails with a message naming the chunk and byte offset, never with a
 * huge allocation or an unrelated exception.
 */
package org.jbeamjit.frontend.beam;
