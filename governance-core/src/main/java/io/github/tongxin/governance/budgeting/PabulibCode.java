package io.github.tongxin.governance.budgeting;

import io.github.tongxin.governance.ViolationCode;

/**
 * What {@link Pabulib#read} reports about a {@code .pb} text: the stable codes of the format rules
 * and of the Pabulib checker's rules ({@code pabulib/checker}).
 *
 * <p>Each constant says whether it is reported as an {@linkplain PabulibProblem.Severity#ERROR
 * error} (the text cannot be read into a faithful {@link PabulibFile}: the structure is broken, a
 * value the model needs is missing or unreadable, or the data contradicts itself) or as a
 * {@linkplain PabulibProblem.Severity#WARNING warning} (the checker would complain, but the data is
 * usable and is read). A few codes are reported with either severity; their Javadoc says when.
 *
 * @since 0.1.0
 */
public enum PabulibCode implements ViolationCode {
  /**
   * Error: a section ({@code META}, {@code PROJECTS} or {@code VOTES}) is missing; reported at the
   * last line of the text.
   */
  MISSING_SECTION("缺少分节", "section missing"),
  /** Error: a section appears twice, or after a section that should follow it. */
  SECTION_ORDER("分节重复或顺序错误", "section repeated or out of order"),
  /** Error: a data row before the first section line (reported once, at the first such row). */
  ROW_OUTSIDE_SECTION("分节之外的数据行", "row outside any section"),
  /**
   * Error: a header row is malformed: the {@code META} header is not {@code key;value}, a column
   * name is empty or repeated, a section has no header, or both {@code target} and {@code
   * beneficiaries} are given.
   */
  BAD_HEADER("表头错误", "malformed header"),
  /**
   * Error: a mandatory column is missing: {@code project_id} or {@code cost} in {@code PROJECTS},
   * {@code voter_id} or {@code vote} in {@code VOTES}, and {@code points} for cumulative and
   * scoring ballots.
   */
  MISSING_COLUMN("缺少必需列", "mandatory column missing"),
  /**
   * Error for a quoted cell that is never closed; warning for text after the closing quote of a
   * cell (kept, as Python's {@code csv} module keeps it).
   */
  QUOTING("引号格式错误", "malformed quoting"),
  /**
   * Error for a missing {@code budget} or {@code vote_type}, which the model needs; warning for the
   * checker's other mandatory keys ({@code description}, {@code country}, {@code unit}, {@code
   * instance}, {@code num_projects}, {@code num_votes}, {@code rule}, {@code date_begin}, {@code
   * date_end}) and for {@code max_sum_points} of cumulative ballots.
   */
  MISSING_META("缺少必需元数据", "mandatory META key missing"),
  /** Error: a {@code META} key is given twice (which value holds is ambiguous). */
  DUPLICATE_META_KEY("元数据键重复", "META key repeated"),
  /** Error: the {@code vote_type} is none of the Pabulib tokens, so ballots cannot be read. */
  UNKNOWN_VOTE_TYPE("未知投票类型", "unknown vote type"),
  /**
   * Error: a number the model or a ballot constraint needs is not a decimal number: {@code budget},
   * a {@code cost}, a point, {@code num_projects}, {@code num_votes}, or a constraint such as
   * {@code min_length} or {@code max_sum_points}.
   */
  INVALID_NUMBER("数值无效", "not a number"),
  /** Error: the budget or a project's cost is negative. */
  NEGATIVE_NUMBER("数值为负", "negative amount"),
  /**
   * Error: a mandatory cell is empty or {@code None}: a {@code project_id}, a {@code cost} or a
   * {@code voter_id}.
   */
  MISSING_VALUE("缺少必填值", "mandatory value missing"),
  /**
   * Error for a value the model cannot hold (an empty {@code META} key, a project id with a line
   * break); warning for a value the checker rejects but the data survives ({@code vote_type} not in
   * lower case, {@code selected} not 0 to 3, a {@code votes} count that is not an integer).
   */
  INVALID_VALUE("取值无效", "invalid value"),
  /** Error: two {@code PROJECTS} rows have the same {@code project_id}. */
  DUPLICATE_PROJECT("项目编号重复", "project id repeated"),
  /**
   * Warning: two {@code VOTES} rows have the same {@code voter_id}; both ballots are read (as
   * pabutools reads them).
   */
  DUPLICATE_VOTER("投票人编号重复", "voter id repeated"),
  /** Error: a vote names a project that is not in {@code PROJECTS}. */
  UNKNOWN_PROJECT_IN_VOTE("选票含未知项目", "vote names an unknown project"),
  /**
   * Warning for an approval or choose-1 ballot, which is a set (the repeat is dropped); error for
   * ordinal, cumulative and scoring ballots, where the rank or the points become ambiguous.
   */
  PROJECT_TWICE_IN_VOTE("选票重复列出项目", "project listed twice in a vote"),
  /** Error: a point ballot has no points, or not one point per project named. */
  POINTS_MISMATCH("分数与项目不对应", "points do not match the projects"),
  /**
   * Error: {@code num_projects} or {@code num_votes} differs from the number of rows (a truncated
   * or concatenated file looks like this).
   */
  COUNT_MISMATCH("数量与元数据不符", "count differs from META"),
  /** Warning: a vote names fewer projects than {@code min_length}. */
  VOTE_TOO_SHORT("选票项目过少", "vote too short"),
  /**
   * Warning: a vote names more projects than {@code max_length} (or more than one for {@code
   * choose-1}).
   */
  VOTE_TOO_LONG("选票项目过多", "vote too long"),
  /**
   * Warning: a point, or the sum of a ballot's points, is outside {@code min_points}/{@code
   * max_points} or {@code min_sum_points}/{@code max_sum_points}.
   */
  POINTS_OUT_OF_RANGE("分数超出范围", "points out of range"),
  /** Warning: a project costs nothing (the checker's "project with no cost"). */
  COST_ZERO("项目无成本", "project without cost"),
  /** Warning: a single project costs more than the whole budget. */
  COST_ABOVE_BUDGET("单个项目超出总预算", "project costs more than the budget"),
  /** Warning: the projects marked {@code selected} 1 cost more than the budget. */
  SELECTED_OVER_BUDGET("入选项目超出预算", "selected projects exceed the budget"),
  /**
   * Warning: under the {@code greedy} rule, a project not selected would fit in the budget the
   * selected ones leave.
   */
  UNUSED_BUDGET("剩余预算足以资助未入选项目", "unused budget could fund a project"),
  /**
   * Warning: a project's {@code votes} (or, for point ballots, {@code score}) differs from the
   * count over the {@code VOTES} section.
   */
  VOTES_MISMATCH("得票数与选票不符", "votes or score differ from the ballots"),
  /** Warning: an empty line (both parsers skip it, the checker rejects it). */
  EMPTY_LINE("空行", "empty line"),
  /** Warning: a cell or list item has leading or trailing whitespace. */
  WHITESPACE("首尾空白", "leading or trailing whitespace"),
  /**
   * Warning: a comma as decimal separator in {@code budget} or a {@code cost} (the checker's "comma
   * in float"); read as pabutools reads it, with the comma as a point.
   */
  COMMA_IN_FLOAT("小数使用逗号", "comma in float"),
  /** Warning: an empty item in a comma list (such as {@code 1,,2}); the item is dropped. */
  EMPTY_LIST_ITEM("列表空项", "empty list item"),
  /**
   * Warning: a row has more cells than its header (the extra cells are ignored) or fewer (the
   * missing ones are read as missing values).
   */
  ROW_LENGTH("列数与表头不符", "row length differs from header"),
  /** Warning: {@code project_id} or {@code voter_id} is not the first column. */
  COLUMN_ORDER("列顺序错误", "column order"),
  /**
   * Warning: the old {@code target} column, read into the beneficiaries and written back as {@code
   * beneficiaries} (the checker now rejects {@code target}).
   */
  OLD_TARGET_COLUMN("使用旧列名 target", "old target column");

  private final String chineseName;
  private final String englishName;

  PabulibCode(String chineseName, String englishName) {
    this.chineseName = chineseName;
    this.englishName = englishName;
  }

  @Override
  public String code() {
    return name();
  }

  @Override
  public String chineseName() {
    return chineseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
