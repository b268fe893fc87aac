package io.github.tongxin.governance.project;

import static io.github.tongxin.governance.project.ProjectFixture.ZHANG;
import static io.github.tongxin.governance.project.ProjectFixture.day;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.hash.HashCode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditLogTest {
  private static final ProjectEvent OPENED =
      new ProjectEvent.ConsultationOpened(ProjectFixture.ID, ZHANG.id(), day(1));

  @Test
  void canonicalFormIsLengthPrefixedComponentByComponent() {
    assertThat(AuditLog.canonicalForm(OPENED))
        .isEqualTo(
            "R18\"ConsultationOpened\"{3:"
                + "N7\"project\"R9\"ProjectId\"{1:N5\"value\"S2\"P1\"}"
                + "N5\"actor\"R7\"ActorId\"{1:N5\"value\"S5\"zhang\"}"
                + "N2\"at\"I20\"2026-03-03T01:00:00Z\"}");
  }

  @Test
  void firstHashIsSha256OfZerosAndTheCanonicalBytes() throws Exception {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    sha256.update(new byte[32]);
    sha256.update(AuditLog.canonicalForm(OPENED).getBytes(StandardCharsets.UTF_8));
    byte[] expected = sha256.digest();
    AuditLog log = AuditLog.of(List.of(OPENED));
    assertThat(log.entries().get(0).previous()).isEqualTo(AuditLog.GENESIS);
    assertThat(log.head()).isEqualTo(HashCode.fromBytes(expected));
  }

  @Test
  void aWholeLifecycleChainsAndVerifies() {
    ImmutableList<ProjectEvent> events = ProjectFixture.run(ProjectFixture.wholeLifecycle());
    AuditLog log = AuditLog.of(events);
    assertThat(AuditLog.verify(log.entries())).isEqualTo(new AuditLog.Intact(events.size()));
    assertThat(log.events()).isEqualTo(events);
    AuditLog inTwo = AuditLog.of(events.subList(0, 10)).append(events.subList(10, events.size()));
    assertThat(inTwo).isEqualTo(log);
    assertThat(inTwo.head()).isEqualTo(log.head());
    assertThat(AuditLog.empty().head()).isEqualTo(AuditLog.GENESIS);
  }

  @Test
  void tamperingIsReportedAtTheFirstBrokenLink() {
    ImmutableList<ProjectEvent> events = ProjectFixture.run(ProjectFixture.wholeLifecycle());
    List<AuditLog.Entry> entries = new ArrayList<>(AuditLog.of(events).entries());
    AuditLog.Entry fifth = entries.get(5);
    List<AuditLog.Entry> changed = new ArrayList<>(entries);
    changed.set(
        5,
        new AuditLog.Entry(
            5,
            new ProjectEvent.ConsultationOpened(ProjectFixture.ID, ZHANG.id(), day(2)),
            fifth.previous(),
            fifth.hash()));
    assertThat(AuditLog.verify(changed)).isEqualTo(new AuditLog.Broken(5, "hash does not match the event's content"));

    List<AuditLog.Entry> removed = new ArrayList<>(entries);
    removed.remove(3);
    assertThat(AuditLog.verify(removed)).isInstanceOf(AuditLog.Broken.class);
    assertThat(((AuditLog.Broken) AuditLog.verify(removed)).index()).isEqualTo(3);

    List<AuditLog.Entry> swapped = new ArrayList<>(entries);
    Collections.swap(swapped, 7, 8);
    assertThat(((AuditLog.Broken) AuditLog.verify(swapped)).index()).isEqualTo(7);
  }
}
