package io.github.tongxin.governance.space;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.primitives.Longs;
import com.google.common.primitives.UnsignedBytes;
import io.github.tongxin.governance.community.ResidentId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The auditable draw of limited places: a pure function of the applicants, the number of places,
 * the seed and the priority rule.
 *
 * <p>Each applicant's ticket is {@code SHA-256(seed bytes ‖ UTF-8(resident id))}. Applicants are
 * ordered by the rule's tier, then by ticket (as unsigned bytes, lowest first), then by id; the
 * first {@code places} win and the rest form the waiting list in that order. The order of
 * application does not matter, so anyone holding the published list of applicants and the
 * revealed seed can re-run the draw with a SHA-256 tool alone.
 *
 * <pre>{@code
 * Draw d = Lottery.draw(applicants, 12, seed, PriorityRule.none());
 * d.winners(); d.waitingList();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Lottery {
  private static final Comparator<byte[]> BYTES = UnsignedBytes.lexicographicalComparator();

  private Lottery() {}

  /**
   * Draws places.
   *
   * @param applicants the residents who applied, each once; any order
   * @param places how many places there are, at least 0
   * @param seed the revealed seed
   * @param priority the published priority rule
   * @return the winners (at most {@code places}) and the waiting list
   * @throws NullPointerException if an argument or an applicant is null
   * @throws IllegalArgumentException if {@code places} is negative or an applicant appears twice
   */
  public static Draw draw(
      Iterable<ResidentId> applicants, int places, LotterySeed seed, PriorityRule priority) {
    checkNotNull(applicants, "applicants");
    checkNotNull(seed, "seed");
    checkNotNull(priority, "priority");
    checkArgument(places >= 0, "places must not be negative: %s", places);
    byte[] seedBytes = seed.bytes();
    MessageDigest sha256 = sha256();
    List<Ticket> tickets = new ArrayList<>();
    Set<ResidentId> seen = new HashSet<>();
    for (ResidentId r : applicants) {
      checkNotNull(r, "applicant");
      checkArgument(seen.add(r), "applicant appears twice: %s", r);
      byte[] hash = ticket(sha256, seedBytes, r);
      tickets.add(new Ticket(r, priority.tier(r), Longs.fromByteArray(hash), hash));
    }
    // Tier, then the ticket as unsigned bytes: its first 8 bytes as an unsigned long decide
    // unless they are equal.
    tickets.sort(
        Comparator.comparingInt(Ticket::tier)
            .thenComparing((a, b) -> Long.compareUnsigned(a.prefix(), b.prefix()))
            .thenComparing(Ticket::hash, BYTES)
            .thenComparing(Ticket::resident));
    ImmutableList.Builder<ResidentId> winners = ImmutableList.builder();
    ImmutableList.Builder<ResidentId> waiting = ImmutableList.builder();
    for (int i = 0; i < tickets.size(); i++) {
      (i < places ? winners : waiting).add(tickets.get(i).resident());
    }
    return new Draw(winners.build(), waiting.build());
  }

  /**
   * One applicant's ticket: {@code SHA-256(seed bytes ‖ UTF-8(resident id))}, for audits.
   *
   * @param seed the seed
   * @param resident the applicant
   * @return the 64 hexadecimal digits of the ticket
   * @throws NullPointerException if an argument is null
   */
  public static String ticket(LotterySeed seed, ResidentId resident) {
    checkNotNull(resident, "resident");
    byte[] t = ticket(sha256(), checkNotNull(seed, "seed").bytes(), resident);
    return com.google.common.io.BaseEncoding.base16().lowerCase().encode(t);
  }

  private static byte[] ticket(MessageDigest sha256, byte[] seed, ResidentId resident) {
    sha256.update(seed);
    sha256.update(resident.value().getBytes(StandardCharsets.UTF_8));
    return sha256.digest();
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      // Every Java platform must provide SHA-256 (MessageDigest's Javadoc).
      throw new AssertionError(e);
    }
  }

  private record Ticket(ResidentId resident, int tier, long prefix, byte[] hash) {}
}
