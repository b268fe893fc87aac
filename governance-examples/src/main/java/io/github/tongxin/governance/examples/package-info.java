/**
 * Runnable examples of Tongxin, each a {@code main} that delegates to {@code run(PrintStream)},
 * and the {@code tongxin} command line ({@link io.github.tongxin.governance.examples.Tongxin}).
 * Examples use only the library's public API.
 */
@NullMarked
package io.github.tongxin.governance.examples;

import org.jspecify.annotations.NullMarked;
