package org.jbeamjit.codegen.ops;

import org.jbeamjit.codegen.load.LoadedModule;

/**
 * A call site in compiled or interpreted code: function {@code function} of a module version, at
 * instruction {@code position} (an index in the function's instructions, or any number an
 * engine uses to tell its call sites apart). Equal sites are the same return address, which a
 * stack trace shows once however often it repeats.
 */
public record CallSite(LoadedModule module, int function, int position) {}
