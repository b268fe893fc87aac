/**
 * Helpers and the project's Immutables style. Not exported, no API promise: nothing here may
 * appear in a public signature of another package.
 */
@NullMarked
@TongxinStyle
package io.github.tongxin.governance.internal;

import org.jspecify.annotations.NullMarked;
