/**
 * The module table (current and old version per module), export call sites relinked on load, load and purge.
 */
package org.jbeamjit.hotswap;
