/**
 * The NIF libraries OTP's preloaded modules load ({@code prim_file}, {@code prim_buffer},
 * {@code zlib}), written in Java.
 *
 * <p>How a NIF is bound: in OTP a NIF replaces the Erlang stub of its module's function when the
 * module's {@code on_load} calls {@code erlang:load_nif/2}. Here each NIF is a {@code @Bif} under
 * its module ({@code @Bif(module = "prim_file", name = "open_nif")}), and the loader puts a
 * registered BIF in place of the module's own function of that name and arity whenever it loads
 * the module (what it does for every BIF stub). So the installed {@code prim_file.beam} runs
 * unmodified; its {@code on_load} calls {@link org.jbeamjit.runtime.nif.NifLoading#loadNif
 * erlang:load_nif/2}, which answers {@code ok} for the libraries this package implements.
 *
 * <p>A NIF resource (an open file, a buffer, a zlib stream) is a reference term, as in OTP,
 * standing for a Java object through {@link org.jbeamjit.runtime.resource.MagicRefs}.
 */
package org.jbeamjit.runtime.nif;
