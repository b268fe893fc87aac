/**
 * Statutory elections of a building group's council (一长五员): the electorate with the reason for
 * every exclusion, candidates and their margins, ballots with for / against / abstain and
 * write-ins, proxies, the count with the double majority (双过半), ties, the supplementary ballot
 * and vacancies, recall, and a bilingual report naming the article behind each step.
 *
 * <p>Types you will use most: {@link io.github.tongxin.governance.election.ElectionRules} (the
 * rules as data, each default with its source), {@link
 * io.github.tongxin.governance.election.Electorate}, {@link
 * io.github.tongxin.governance.election.CandidateSlate}, {@link
 * io.github.tongxin.governance.election.Ballot}, {@link
 * io.github.tongxin.governance.election.Tally} and its {@link
 * io.github.tongxin.governance.election.RoundResult}. What-if rules on the same ballots live in
 * {@code election.rules}.
 *
 * <p>All arithmetic is in integers ({@code 2·x > n}, {@code 3·x ≥ n}). No method reads a clock:
 * the election day is a parameter.
 */
@NullMarked
@TongxinStyle
package io.github.tongxin.governance.election;

import io.github.tongxin.governance.internal.TongxinStyle;
import org.jspecify.annotations.NullMarked;
