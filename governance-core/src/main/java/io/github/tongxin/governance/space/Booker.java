package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkNotNull;

import io.github.tongxin.governance.community.BuildingGroupId;
import io.github.tongxin.governance.community.ResidentId;

/**
 * Who books: a resident, a building group, or a {@link Host} (a resident talent or a partner
 * organisation). The usage inspections and the suspension policy apply to the booker.
 *
 * <pre>{@code
 * Booker.resident(ResidentId.of("FY-R017")).toString(); // "resident:FY-R017"
 * }</pre>
 *
 * @since 0.1.0
 */
public sealed interface Booker {
  /**
   * A resident books.
   *
   * @param resident the resident
   * @return the booker
   * @throws NullPointerException if {@code resident} is null
   */
  static Booker resident(ResidentId resident) {
    return new ResidentBooker(resident);
  }

  /**
   * A building group books.
   *
   * @param group the building group
   * @return the booker
   * @throws NullPointerException if {@code group} is null
   */
  static Booker group(BuildingGroupId group) {
    return new GroupBooker(group);
  }

  /**
   * A host (talent or partner) books.
   *
   * @param host the host
   * @return the booker
   * @throws NullPointerException if {@code host} is null
   */
  static Booker host(HostId host) {
    return new HostBooker(host);
  }

  /**
   * A resident who books.
   *
   * @param resident the resident
   * @since 0.1.0
   */
  record ResidentBooker(ResidentId resident) implements Booker {
    /**
     * Creates the booker.
     *
     * @param resident the resident
     * @throws NullPointerException if {@code resident} is null
     */
    public ResidentBooker {
      checkNotNull(resident, "resident");
    }

    /**
     * The text form.
     *
     * @return {@code "resident:" + resident}
     */
    @Override
    public String toString() {
      return "resident:" + resident;
    }
  }

  /**
   * A building group that books.
   *
   * @param group the building group
   * @since 0.1.0
   */
  record GroupBooker(BuildingGroupId group) implements Booker {
    /**
     * Creates the booker.
     *
     * @param group the building group
     * @throws NullPointerException if {@code group} is null
     */
    public GroupBooker {
      checkNotNull(group, "group");
    }

    /**
     * The text form.
     *
     * @return {@code "group:" + group}
     */
    @Override
    public String toString() {
      return "group:" + group;
    }
  }

  /**
   * A host that books.
   *
   * @param host the host
   * @since 0.1.0
   */
  record HostBooker(HostId host) implements Booker {
    /**
     * Creates the booker.
     *
     * @param host the host
     * @throws NullPointerException if {@code host} is null
     */
    public HostBooker {
      checkNotNull(host, "host");
    }

    /**
     * The text form.
     *
     * @return {@code "host:" + host}
     */
    @Override
    public String toString() {
      return "host:" + host;
    }
  }
}
