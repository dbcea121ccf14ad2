package org.jbeamjit.codegen.jit;

import org.jbeamjit.codegen.load.LoadedModule;
import org.jbeamjit.runtime.code.Export;
import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.Continuation;
import org.jbeamjit.runtime.process.ErlProcess;
import org.jbeamjit.runtime.process.Mailbox;
import org.jbeamjit.runtime.term.Atom;
import org.jbeamjit.runtime.term.BitString;
import org.jbeamjit.runtime.term.Cons;
import org.jbeamjit.runtime.term.ErlMap;
import org.jbeamjit.runtime.term.Nil;
import org.jbeamjit.runtime.term.Tuple;
import org.objectweb.asm.Type;

/** JVM names and descriptors of the classes compiled code uses. */
final class Types {
  private Types() {}

  static final String OBJECT = Type.getInternalName(Object.class);
  static final String OBJECT_DESC = Type.getDescriptor(Object.class);
  static final String PROCESS = Type.getInternalName(ErlProcess.class);
  static final String PROCESS_DESC = Type.getDescriptor(ErlProcess.class);
  static final String EXCEPTION = Type.getInternalName(ErlangException.class);
  static final String EXCEPTION_DESC = Type.getDescriptor(ErlangException.class);
  static final String CONTINUATION_DESC = Type.getDescriptor(Continuation.class);
  static final String FRAME = Type.getInternalName(JitFrame.class);
  static final String FRAME_DESC = Type.getDescriptor(JitFrame.class);
  static final String FUNCTION = Type.getInternalName(JitFunction.class);
  static final String FUNCTION_DESC = Type.getDescriptor(JitFunction.class);
  static final String MODULE_DESC = Type.getDescriptor(LoadedModule.class);
  static final String MAILBOX = Type.getInternalName(Mailbox.class);
  static final String MAILBOX_DESC = Type.getDescriptor(Mailbox.class);
  static final String ATOM = Type.getInternalName(Atom.class);
  static final String ATOM_DESC = Type.getDescriptor(Atom.class);
  static final String TUPLE = Type.getInternalName(Tuple.class);
  static final String CONS = Type.getInternalName(Cons.class);
  static final String NIL = Type.getInternalName(Nil.class);
  static final String NIL_DESC = Type.getDescriptor(Nil.class);
  static final String MAP = Type.getInternalName(ErlMap.class);
  static final String BITSTRING = Type.getInternalName(BitString.class);
  static final String LONG = Type.getInternalName(Long.class);
  static final String DOUBLE = Type.getInternalName(Double.class);
  static final String BIG = "java/math/BigInteger";
  static final String OBJECTS_DESC = "[Ljava/lang/Object;";

  /** The descriptor of a compiled function of this arity: {@code Export.callType(arity)}. */
  static String callDescriptor(int arity) {
    return Export.callType(arity).toMethodDescriptorString();
  }

  static final String RESUME_DESC = JitFunction.RESUME_TYPE.toMethodDescriptorString();
}
