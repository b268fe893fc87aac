package io.github.tongxin.governance.community;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

/**
 * A post in a community's core circle: a seat in the party branch or the residents' committee
 * and the resident who holds it.
 *
 * <p>Tongxin models post holders as residents of the community (members of a residents'
 * committee are elected by its residents); staff who live elsewhere are outside the model.
 * Immutable and thread-safe; value-based.
 *
 * @param role the post; a {@link Layer#CORE} role
 * @param holder the resident who holds it
 * @since 0.1.0
 */
public record CorePost(Role role, ResidentId holder) {
  /**
   * Creates a post.
   *
   * @param role the post; a {@link Layer#CORE} role
   * @param holder the resident who holds it
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code role} is not a core role
   */
  public CorePost {
    checkNotNull(role, "role");
    checkNotNull(holder, "holder");
    checkArgument(
        role.layer() == Layer.CORE, "role must be a core-layer role, was %s (%s)",
        role, role.layer());
  }

  /**
   * Creates a post.
   *
   * @param role a core-layer role
   * @param holder the holder
   * @return the post
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code role} is not a core role
   */
  public static CorePost of(Role role, ResidentId holder) {
    return new CorePost(role, holder);
  }
}
