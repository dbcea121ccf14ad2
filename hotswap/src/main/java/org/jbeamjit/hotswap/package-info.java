/**
 * Hot code upgrade at the node's level (docs/HOTSWAP.md): {@link org.jbeamjit.hotswap.HotSwap}
 * starts a {@code jbeamjit run} node's code server ({@code jbeamjit_code_server}, Erlang: the
 * {@code code} module's loading functions, {@code -on_load}) and OTP's own
 * {@code erts_code_purger}, and binds the {@code code} functions to them (a node that boots OTP
 * has OTP's {@code code_server}); {@link org.jbeamjit.hotswap.ReloadEndpoint} takes
 * {@code jbeamjit reload} requests, in either kind of node, and runs each in
 * {@code jbeamjit_reload} (Erlang, over the {@code code} module) ({@link org.jbeamjit.hotswap.ReloadRequest},
 * {@link org.jbeamjit.hotswap.ReloadReply}) on a Unix domain socket only the node's user can reach
 * ({@link org.jbeamjit.hotswap.ReloadSockets}); {@link org.jbeamjit.hotswap.ReloadClient} is the
 * command's end. The code table itself (current, old and on_load versions, export call sites
 * relinked on load, purge) is in {@code org.jbeamjit.codegen.load}, and the BIFs under OTP's code
 * loading in {@code org.jbeamjit.codegen.ops.CodeBifs}.
 */
package org.jbeamjit.hotswap;
