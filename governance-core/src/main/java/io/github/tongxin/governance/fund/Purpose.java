package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.project.Category;
import io.github.tongxin.governance.project.ProjectId;

/**
 * What restricted money may be spent on (Charity Law Art. 54): one project (a crowdfunding
 * campaign's), or any project of one category (a donor's gift "for garbage sorting").
 *
 * @since 0.1.0
 */
public sealed interface Purpose {
  /**
   * Whether spending for this project, of this category, meets the purpose.
   *
   * @param project the project paid
   * @param category the project's category
   * @return {@code true} if the money may pay it
   * @throws NullPointerException if an argument is null
   */
  boolean admits(ProjectId project, Category category);

  /**
   * One project only.
   *
   * @param project the project
   * @since 0.1.0
   */
  record ForProject(ProjectId project) implements Purpose {
    /**
     * Creates the purpose.
     *
     * @param project the project
     * @throws NullPointerException if {@code project} is null
     */
    public ForProject {
      checkNotNull(project, "project");
    }

    @Override
    public boolean admits(ProjectId paid, Category category) {
      checkNotNull(paid, "paid");
      checkNotNull(category, "category");
      return project.equals(paid);
    }
  }

  /**
   * Any project of one category.
   *
   * @param category the category
   * @since 0.1.0
   */
  record ForCategory(Category category) implements Purpose {
    /**
     * Creates the purpose.
     *
     * @param category the category
     * @throws NullPointerException if {@code category} is null
     */
    public ForCategory {
      checkNotNull(category, "category");
    }

    @Override
    public boolean admits(ProjectId paid, Category of) {
      checkNotNull(paid, "paid");
      checkNotNull(of, "of");
      return category == of;
    }
  }
}
