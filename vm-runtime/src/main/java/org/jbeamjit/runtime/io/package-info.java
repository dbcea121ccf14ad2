/**
 * Standard io for a node without OTP's boot: {@link org.jbeamjit.runtime.io.StandardIo} starts
 * the Erlang io servers of {@code src/main/erlang/jbeamjit_user.erl} ({@code user},
 * {@code standard_error}) and the crash reporter, and puts their module on the code path.
 */
package org.jbeamjit.runtime.io;
