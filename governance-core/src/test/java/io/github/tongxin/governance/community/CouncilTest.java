package io.github.tongxin.governance.community;

import static io.github.tongxin.governance.community.CommunityFixtures.rid;
import static io.github.tongxin.governance.community.CommunityFixtures.rids;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CouncilTest {
  @Test
  void statutoryCouncilWithSomeMembers() {
    Council c = Council.of(rid("L"), rids("M1", "M2", "M3"));

    assertThat(c.leaders()).containsExactly(rid("L"));
    assertThat(c.members()).containsExactly(rid("M1"), rid("M2"), rid("M3"));
    assertThat(c.leaderSeats()).isEqualTo(1);
    assertThat(c.memberSeats()).isEqualTo(5);
    assertThat(c.seats()).isEqualTo(6);
    assertThat(c.filledSeats()).isEqualTo(4);
    assertThat(c.vacantSeats()).isEqualTo(2);
  }

  @Test
  void statutoryCouncilFullyFilled() {
    Council c = Council.of(rid("L"), rids("M1", "M2", "M3", "M4", "M5"));

    assertThat(c.filledSeats()).isEqualTo(6);
    assertThat(c.vacantSeats()).isZero();
  }

  @Test
  void vacantCouncilHasSixEmptySeats() {
    Council c = Council.vacant();

    assertThat(c.leaders()).isEmpty();
    assertThat(c.members()).isEmpty();
    assertThat(c.seats()).isEqualTo(6);
    assertThat(c.filledSeats()).isZero();
    assertThat(c.vacantSeats()).isEqualTo(6);
    assertThat(c.holders()).isEmpty();
  }

  @Test
  void holdersListLeadersFirst() {
    Council c = Council.withSeats(2, 3, rids("L2", "L1"), rids("A", "Z"));

    assertThat(c.holders()).containsExactly(rid("L2"), rid("L1"), rid("A"), rid("Z"));
  }

  @Test
  void roleOfNamesTheSeat() {
    Council c = Council.of(rid("L"), rids("M1"));

    assertThat(c.roleOf(rid("L"))).contains(Role.BUILDING_GROUP_LEADER);
    assertThat(c.roleOf(rid("M1"))).contains(Role.BUILDING_GROUP_MEMBER);
    assertThat(c.roleOf(rid("X"))).isEmpty();
  }

  @Test
  void whatIfCouncilsMayHaveOtherSeatNumbers() {
    Council noLeader = Council.withSeats(0, 3, List.of(), rids("A", "B"));
    Council onlyLeaders = Council.withSeats(2, 0, rids("A"), List.of());

    assertThat(noLeader.seats()).isEqualTo(3);
    assertThat(noLeader.vacantSeats()).isEqualTo(1);
    assertThat(onlyLeaders.seats()).isEqualTo(2);
    assertThat(onlyLeaders.filledSeats()).isEqualTo(1);
  }

  @Test
  void rejectsSixMembersOnAStatutoryCouncil() {
    assertThatThrownBy(() -> Council.of(rid("L"), rids("M1", "M2", "M3", "M4", "M5", "M6")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("6 members for 5 member seats: [M1, M2, M3, M4, M5, M6]");
  }

  @Test
  void rejectsMoreLeadersThanLeaderSeats() {
    assertThatThrownBy(() -> Council.withSeats(1, 5, rids("L1", "L2"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("2 leaders for 1 leader seats: [L1, L2]");
  }

  @Test
  void rejectsAMemberTwice() {
    assertThatThrownBy(() -> Council.of(rid("L"), rids("M1", "M2", "M1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("members must not repeat a resident: [M1, M2, M1]");
  }

  @Test
  void rejectsALeaderTwice() {
    assertThatThrownBy(() -> Council.withSeats(2, 0, rids("L", "L"), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("leaders must not repeat a resident: [L, L]");
  }

  @Test
  void rejectsTheLeaderAsAMember() {
    assertThatThrownBy(() -> Council.of(rid("L"), rids("M1", "L")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("residents hold both a leader and a member seat: [L]");
    assertThatThrownBy(
            () -> new Council(ImmutableSet.of(rid("A")), ImmutableSet.of(rid("A")), 1, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("residents hold both a leader and a member seat: [A]");
  }

  @Test
  void rejectsNegativeSeatNumbers() {
    assertThatThrownBy(() -> Council.withSeats(-1, 5, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("leaderSeats must not be negative: -1");
    assertThatThrownBy(() -> Council.withSeats(1, -2, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("memberSeats must not be negative: -2");
  }

  @Test
  void rejectsACouncilWithoutSeats() {
    assertThatThrownBy(() -> Council.withSeats(0, 0, List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a council needs at least one seat: 0 + 0");
  }

  @Test
  void rejectsNullHoldersNamingTheList() {
    assertThatThrownBy(() -> Council.of(null, List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("leader");
    assertThatThrownBy(() -> Council.of(rid("L"), Arrays.asList(rid("M1"), null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("members contains null");
    assertThatThrownBy(() -> Council.withSeats(1, 5, Arrays.asList((ResidentId) null), List.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("leaders contains null");
    assertThatThrownBy(() -> Council.withSeats(1, 5, List.of(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("members");
    assertThatThrownBy(() -> new Council(null, ImmutableSet.of(), 1, 5))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("leaders");
  }

  @Test
  void equalsBySeatsAndHoldersInAnyOrder() {
    new EqualsTester()
        .addEqualityGroup(
            Council.of(rid("L"), rids("A", "B")),
            Council.of(rid("L"), rids("B", "A")),
            Council.withSeats(1, 5, rids("L"), rids("A", "B")),
            new Council(ImmutableSet.of(rid("L")), ImmutableSet.of(rid("B"), rid("A")), 1, 5))
        .addEqualityGroup(Council.of(rid("L"), rids("A")))
        .addEqualityGroup(Council.of(rid("A"), rids("L", "B")))
        .addEqualityGroup(Council.withSeats(1, 6, rids("L"), rids("A", "B")))
        .addEqualityGroup(Council.withSeats(2, 5, rids("L"), rids("A", "B")))
        .addEqualityGroup(Council.vacant(), Council.withSeats(1, 5, List.of(), List.of()))
        .testEquals();
  }

  @Test
  void rejectsNullArguments() {
    NullPointerTester tester = CommunityFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(Council.class);
    tester.testAllPublicConstructors(Council.class);
    tester.testAllPublicInstanceMethods(Council.of(rid("L"), rids("A")));
  }
}
