/**
 * JMH benchmarks of Tongxin. Build with {@code mvn -B -DskipTests package}, run with {@code java
 * -jar governance-benchmarks/target/benchmarks.jar}. Figures are reported as ratios to a baseline
 * measured in the same run.
 */
package io.github.tongxin.governance.benchmarks;
