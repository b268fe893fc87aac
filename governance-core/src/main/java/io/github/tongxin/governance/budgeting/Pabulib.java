package io.github.tongxin.governance.budgeting;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.RejectedException;

/**
 * Reads and writes Pabulib {@code .pb} text, the exchange format of participatory-budgeting data
 * (pabulib.org), and checks it as the Pabulib checker ({@code pabulib/checker}) does. Pure
 * functions of text: the caller reads and writes the files, in UTF-8.
 *
 * <pre>{@code
 * String text = Files.readString(Path.of("Poland_Lodz_2022.pb"));
 * PabulibFile file = Pabulib.readOrThrow(text);
 * file.profile().voters();                      // 90494
 * Pabulib.write(file);                          // the same data, canonical text
 * Pabulib.read(text).problems();                // the checker's complaints, with line numbers
 * }</pre>
 *
 * <h2>The format as read</h2>
 *
 * <ul>
 *   <li>Three sections in this order, each opened by a line holding only its name, compared without
 *       regard to case: {@code META} (header {@code key;value}), {@code PROJECTS} and {@code VOTES}
 *       (a header of column names, then one row per project or voter).
 *   <li>Lines end with {@code \n}, {@code \r\n} or {@code \r}; a leading byte-order mark ({@code
 *       U+FEFF}) is skipped. Line numbers in problems count from 1.
 *   <li>Cells are separated by {@code ;}. A cell starting with {@code "} is quoted: it runs to the
 *       next single {@code "}, may hold {@code ;} and line breaks, and {@code ""} inside stands for
 *       one {@code "}. An unquoted cell loses its leading and trailing whitespace (a warning); a
 *       quoted cell keeps its content exactly.
 *   <li>An unquoted cell that is empty or {@code None} (any case) is a missing value: the attribute
 *       or META entry is absent from the model. A quoted {@code "None"} or {@code ""} is that text.
 *       (pabutools drops {@code None} even when quoted; only our writer quotes it.)
 *   <li>{@code budget} and {@code cost} are exact decimals, their scale kept as written ({@code
 *       400000.0} stays {@code 400000.0}); a comma is read as a decimal point, as pabutools does
 *       (it replaces every comma, so {@code 214386,4} is {@code 214386.4} and {@code 1,000,000} is
 *       not a number), with the checker's "comma in float" warning.
 *   <li>{@code vote}, {@code points}, {@code category} and {@code beneficiaries} are comma lists
 *       without spaces; spaces around an item are dropped with a warning, empty items with a
 *       warning. The old {@code target} column is read into the beneficiaries.
 *   <li>{@code vote_type} {@code approval}, {@code choose-1} ({@link VoteType#CHOOSE_ONE}), {@code
 *       ordinal}, {@code cumulative} and {@code scoring}; the last two need a {@code points} column
 *       aligned with {@code vote}. Under other vote types {@code points} is an ordinary column.
 *   <li>META {@code budget}, {@code vote_type}, {@code num_projects} and {@code num_votes} are held
 *       by the model ({@link BudgetInstance#budget()}, {@link BudgetProfile#type()}, the numbers of
 *       projects and ballots) and are not kept in {@link BudgetInstance#meta()}; every other META
 *       entry is, in file order. Every other column is kept as an attribute of its project or
 *       ballot, in file order.
 * </ul>
 *
 * <h2>Errors and warnings</h2>
 *
 * <p>An {@linkplain PabulibProblem.Severity#ERROR error} means the text cannot be read into a
 * faithful {@link PabulibFile}; a {@linkplain PabulibProblem.Severity#WARNING warning} is a
 * complaint of the Pabulib checker about data that is still usable. All problems are collected in
 * one pass. {@link PabulibCode} documents the severity of each code; in short:
 *
 * <ul>
 *   <li>Errors: a missing, repeated or misplaced section; a malformed header; a missing mandatory
 *       column; an unclosed quote; no or an unknown {@code vote_type}; no budget; a budget, cost,
 *       point, count or ballot constraint that is not a number; a negative budget or cost; a
 *       missing {@code project_id}, {@code cost} or {@code voter_id}; a repeated {@code project_id}
 *       or META key; a vote naming an unknown project; a project named twice in an ordinal or point
 *       ballot; points not aligned with the vote; {@code num_projects} or {@code num_votes}
 *       different from the rows.
 *   <li>Warnings: empty lines; leading or trailing whitespace; comma in a decimal; other missing
 *       mandatory META keys (including {@code max_sum_points} of cumulative ballots); a repeated
 *       {@code voter_id} (both ballots read, as pabutools reads them); a project named twice in an
 *       approval ballot (read once); a vote shorter than {@code min_length} or longer than {@code
 *       max_length} (or than one project for {@code choose-1}); points or point sums outside {@code
 *       min_points}, {@code max_points}, {@code min_sum_points}, {@code max_sum_points}; a project
 *       costing nothing or more than the whole budget; selected projects costing more than the
 *       budget; under {@code greedy}, a project not selected that fits in the budget left; {@code
 *       votes} (or, for point ballots, {@code score}) differing from the ballots; rows with more or
 *       fewer cells than the header; {@code project_id} or {@code voter_id} not first; the old
 *       {@code target} column.
 * </ul>
 *
 * @since 0.1.0
 */
public final class Pabulib {
  private Pabulib() {}

  /**
   * Reads a {@code .pb} text and checks it, in one pass over the text. Reading Łódź 2022 (3.7 MB,
   * 90,494 ballots) takes a few hundred milliseconds once the JIT has warmed up.
   *
   * @param text the whole file content, decoded from UTF-8
   * @return {@link PabulibReading.Read} with the file and the warnings, or {@link
   *     PabulibReading.Failed} with every problem found; never a half-read file
   * @throws NullPointerException if {@code text} is null
   */
  public static PabulibReading read(String text) {
    return PabulibReader.read(checkNotNull(text, "text"));
  }

  /**
   * Reads a {@code .pb} text, ignoring warnings.
   *
   * @param text the whole file content, decoded from UTF-8
   * @return the file
   * @throws NullPointerException if {@code text} is null
   * @throws RejectedException if the text has errors; its violations are the errors, each message
   *     starting with {@code "line N: "}
   */
  public static PabulibFile readOrThrow(String text) {
    return read(text).fileOrThrow();
  }

  /**
   * Writes a file as canonical {@code .pb} text: {@code META} with the entries of {@link
   * BudgetInstance#meta()} in order and {@code num_projects}, {@code num_votes}, {@code budget} and
   * {@code vote_type} written from the model (after {@code description}, {@code country}, {@code
   * unit}, {@code district}, {@code subunit} and {@code instance}); {@code PROJECTS} in id order
   * with {@code project_id;cost} first, then the attributes, {@code category} and {@code
   * beneficiaries} in the checker's column order; {@code VOTES} in ballot order with {@code
   * voter_id;vote} first, then {@code points} for point ballots, then the attributes. Missing
   * values are empty cells; a cell is quoted where a reader would otherwise change it; lines end
   * with {@code \n}.
   *
   * <p>{@code read(write(file))} gives back an equal file whenever {@code meta()} holds none of the
   * four keys written from the model (entries under those keys are not written) and no cost or
   * point has a negative scale (such a number is written in plain digits and read back with scale
   * 0).
   *
   * @param file the file
   * @return the text
   * @throws NullPointerException if {@code file} is null
   * @throws IllegalArgumentException if the file cannot be written so that it reads back: an empty
   *     META key, attribute name or voter id; an attribute named like a column of its own ({@code
   *     project_id}, {@code cost}, {@code category}, {@code beneficiaries}, {@code target}; {@code
   *     voter_id}, {@code vote}, and {@code points} for point ballots); a category, beneficiary or
   *     project id named in a vote that is empty, contains a comma or has leading or trailing
   *     whitespace; a ballot naming a project not in the instance
   */
  public static String write(PabulibFile file) {
    return PabulibWriter.write(checkNotNull(file, "file"));
  }
}
