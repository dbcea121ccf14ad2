/**
 * ETS: the node's term storage tables, with OTP 25's semantics and errors.
 *
 * <p>A table ({@link org.jbeamjit.runtime.ets.EtsTable}) keeps its objects by key
 * ({@link org.jbeamjit.runtime.ets.TableStore}) in a concurrent map in its order
 * ({@link org.jbeamjit.runtime.ets.KeyOrder}): a skip list in term order for an
 * {@code ordered_set}, a bucket hash table in hash order for the others
 * ({@link org.jbeamjit.runtime.ets.HashKeyMap}). Objects are the immutable terms themselves,
 * shared, never copied. The
 * {@link org.jbeamjit.runtime.ets.TableRegistry} finds tables by reference and name and hands a
 * dying owner's tables to their heirs or deletes them (through
 * {@code ErlProcess.addExitHook}). {@link org.jbeamjit.runtime.ets.EtsBifs} and
 * {@link org.jbeamjit.runtime.ets.EtsMatchBifs} are the {@code ets} BIFs; match specifications
 * are compiled and run by {@link org.jbeamjit.runtime.ets.matchspec}. The rest of {@code ets}
 * ({@code foldl}, {@code tab2list}, {@code match_delete}, {@code fun2ms}, ...) is ets.erl itself.
 */
package org.jbeamjit.runtime.ets;
