/**
 * Showing a loaded module: as the terms OTP 25's {@code beam_disasm:file/1} returns (which tests
 * compare with the real thing), and as an {@code erlc -S}-style listing.
 */
package org.jbeamjit.frontend.disasm;
