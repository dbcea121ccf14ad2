package org.jbeamjit.codegen.jit;

import org.jbeamjit.runtime.error.ErlangException;
import org.jbeamjit.runtime.process.Continuation;
import org.jbeamjit.runtime.process.ErlProcess;

/**
 * The heap frame of a JIT-compiled function, made only when the process unwinds: which resume
 * point of the function to carry on at (after a non-tail call, or at a receive after a wait) and
 * the function's Y registers at that point. Resuming runs the function's cold {@code F$resume}
 * method, which restores the registers and jumps to the resume point; an exception resumed into
 * the frame is raised at the resume point, so it meets the handler that was active at the call.
 *
 * <p>A frame of up to {@link #MAX_FIELDS} registers keeps them in fields ({@link Y1} ...
 * {@link Y4}), a bigger one in an array ({@link Many}): deep body recursion makes one frame per
 * level, so each word counts.
 */
abstract class JitFrame extends Continuation {
  /** The most registers kept in fields rather than an array. */
  static final int MAX_FIELDS = 4;

  final JitFunction function;
  final int resumePoint;

  JitFrame(JitFunction function, int resumePoint) {
    this.function = function;
    this.resumePoint = resumePoint;
  }

  /** The JVM name of the frame class for {@code registers} saved registers. */
  static String className(int registers) {
    String base = JitFrame.class.getName().replace('.', '/');
    return registers <= MAX_FIELDS ? base + "$Y" + registers : base + "$Many";
  }

  @Override
  public Object resume(ErlProcess p, Object value) {
    return function.resume(p, this, value, null);
  }

  @Override
  public Object resumeException(ErlProcess p, ErlangException e) {
    return function.resume(p, this, null, e);
  }

  @Override
  public Object stackFrame() {
    return function.frameAt(resumePoint);
  }

  @Override
  public Object location() {
    return function.locationAt(resumePoint);
  }

  @Override
  public Object callSite() {
    Object site = function.siteAt(resumePoint);
    return site != null ? site : this;
  }

  @Override
  public Object function() {
    return function.mfa();
  }

  @Override
  public Object moduleVersion() {
    return function.moduleVersion();
  }

  @Override
  public String toString() {
    return function + " at resume point " + resumePoint;
  }

  static final class Y0 extends JitFrame {
    Y0(JitFunction function, int resumePoint) {
      super(function, resumePoint);
    }
  }

  static final class Y1 extends JitFrame {
    final Object y0;

    Y1(JitFunction function, int resumePoint, Object y0) {
      super(function, resumePoint);
      this.y0 = y0;
    }
  }

  static final class Y2 extends JitFrame {
    final Object y0;
    final Object y1;

    Y2(JitFunction function, int resumePoint, Object y0, Object y1) {
      super(function, resumePoint);
      this.y0 = y0;
      this.y1 = y1;
    }
  }

  static final class Y3 extends JitFrame {
    final Object y0;
    final Object y1;
    final Object y2;

    Y3(JitFunction function, int resumePoint, Object y0, Object y1, Object y2) {
      super(function, resumePoint);
      this.y0 = y0;
      this.y1 = y1;
      this.y2 = y2;
    }
  }

  static final class Y4 extends JitFrame {
    final Object y0;
    final Object y1;
    final Object y2;
    final Object y3;

    Y4(JitFunction function, int resumePoint, Object y0, Object y1, Object y2, Object y3) {
      super(function, resumePoint);
      this.y0 = y0;
      this.y1 = y1;
      this.y2 = y2;
      this.y3 = y3;
    }
  }

  static final class Many extends JitFrame {
    final Object[] slots;

    Many(JitFunction function, int resumePoint, Object[] slots) {
      super(function, resumePoint);
      this.slots = slots;
    }
  }
}
