package io.github.tongxin.governance.fund;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import io.github.tongxin.governance.Decision;
import io.github.tongxin.governance.Violation;
import io.github.tongxin.governance.money.Amount;
import io.github.tongxin.governance.project.Category;
import io.github.tongxin.governance.project.ProjectEvent;
import io.github.tongxin.governance.project.ProjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The community public-welfare fund: its {@link Ledger} and what the ledger's transfers mean —
 * project grants, restricted funds (crowdfunding campaigns and donor-restricted gifts) and
 * disclosed leftover transfers. Every command builds transfers and applies them as one linked
 * chain, so it happens in full or not at all; a refusal is a {@link Decision.Rejected} with coded
 * violations and leaves the fund as it was; repeating an accepted command with the same ids
 * changes nothing.
 *
 * <pre>{@code
 * Fund fund = Fund.open();
 * fund = fund.receive(TransferId.of("alloc-2025"), Chart.GOVERNMENT, Amount.ofYuan(600_000),
 *     TransferCode.GOVERNMENT_ALLOCATION, at).valueOrThrow();
 * fund = fund.approveGrant(ProjectId.of("P017"), Category.GARBAGE_SORTING,
 *     Amount.ofYuan(12_000), at).valueOrThrow();         // reserves 12,000.00
 * fund = fund.payTranche(ProjectId.of("P017"), 1, Amount.ofYuan(8_000), at).valueOrThrow();
 * fund = fund.cancelGrant(ProjectId.of("P017"), at).valueOrThrow(); // releases 4,000.00
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Fund {
  private final Ledger ledger;
  private final ImmutableMap<ProjectId, Grant> grants;
  private final ImmutableMap<RestrictionId, Restriction> restrictions;
  private final ImmutableMap<ProjectId, Campaign> campaigns;
  private final ImmutableSet<RestrictionId> closed;
  private final ImmutableList<Disclosure> disclosures;

  private Fund(
      Ledger ledger,
      ImmutableMap<ProjectId, Grant> grants,
      ImmutableMap<RestrictionId, Restriction> restrictions,
      ImmutableMap<ProjectId, Campaign> campaigns,
      ImmutableSet<RestrictionId> closed,
      ImmutableList<Disclosure> disclosures) {
    this.ledger = ledger;
    this.grants = grants;
    this.restrictions = restrictions;
    this.campaigns = campaigns;
    this.closed = closed;
    this.disclosures = disclosures;
  }

  /**
   * A new fund with the {@link Chart#communityFund() standard chart} and no transfers.
   *
   * @return the fund
   */
  public static Fund open() {
    return new Fund(
        Ledger.of(Chart.communityFund()),
        ImmutableMap.of(),
        ImmutableMap.of(),
        ImmutableMap.of(),
        ImmutableSet.of(),
        ImmutableList.of());
  }

  /**
   * The ledger.
   *
   * @return the ledger
   */
  public Ledger ledger() {
    return ledger;
  }

  /**
   * The grants, by project, in the order approved.
   *
   * @return the grants
   */
  public ImmutableMap<ProjectId, Grant> grants() {
    return grants;
  }

  /**
   * The restricted funds, by key, in the order opened.
   *
   * @return the restricted funds
   */
  public ImmutableMap<RestrictionId, Restriction> restrictions() {
    return restrictions;
  }

  /**
   * The crowdfunding campaigns, by project, in the order opened.
   *
   * @return the campaigns
   */
  public ImmutableMap<ProjectId, Campaign> campaigns() {
    return campaigns;
  }

  /**
   * The disclosed transfers of leftovers to similar purposes, in order.
   *
   * @return the disclosures
   */
  public ImmutableList<Disclosure> disclosures() {
    return disclosures;
  }

  /**
   * Whether a campaign or restricted fund was closed.
   *
   * @param id the restricted fund's key
   * @return {@code true} once closed
   * @throws NullPointerException if {@code id} is null
   */
  public boolean isClosed(RestrictionId id) {
    return closed.contains(checkNotNull(id, "id"));
  }

  /**
   * What a restricted fund still holds.
   *
   * @param id the restricted fund's key
   * @return its posted balance
   * @throws NullPointerException if {@code id} is null
   * @throws IllegalArgumentException if there is no such restricted fund
   */
  public Amount restricted(RestrictionId id) {
    Restriction restriction = restrictions.get(checkNotNull(id, "id"));
    checkArgument(restriction != null, "no restricted fund %s", id);
    return ledger.posted(restriction.account());
  }

  /**
   * Receives unrestricted income: debits cash at bank, credits an income account.
   *
   * @param id the transfer's id
   * @param income the income account credited
   * @param amount the amount; positive
   * @param code why, e.g. {@link TransferCode#DONATION}
   * @param at when
   * @return the fund with the income, or a refusal (an unknown account, a reused id)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code amount} is not positive
   */
  public Decision<Fund> receive(
      TransferId id, AccountId income, Amount amount, TransferCode code, Instant at) {
    Transfer transfer = Transfer.posted(id, Entry.of(Chart.BANK, income, amount, code), at);
    return commit(Chain.of(transfer), ledger -> with(ledger));
  }

  /**
   * Pays management costs from unrestricted cash at bank: what the restricted funds hold is not
   * spent on them.
   *
   * @param id the transfer's id
   * @param amount the amount; positive
   * @param at when
   * @return the fund after paying, or a refusal ({@link FundCode#LIMIT_EXCEEDED} when cash at
   *     bank is short, {@link FundCode#UNRESTRICTED_SHORT} when only restricted money is left)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code amount} is not positive
   */
  public Decision<Fund> payManagementCost(TransferId id, Amount amount, Instant at) {
    Transfer transfer =
        Transfer.posted(
            id, Entry.of(Chart.MANAGEMENT, Chart.BANK, amount, TransferCode.MANAGEMENT_COST), at);
    return spend(Chain.of(transfer), ledger -> with(ledger));
  }

  /**
   * Approves a project's grant: reserves the full amount of cash at bank (phase one of a
   * two-phase transfer).
   *
   * @param project the project
   * @param category its category, which names the expense account
   * @param amount the amount approved; positive
   * @param at when
   * @return the fund with the reservation, or a refusal ({@link FundCode#GRANT_EXISTS}, not
   *     enough cash not yet reserved)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code amount} is not positive
   */
  public Decision<Fund> approveGrant(
      ProjectId project, Category category, Amount amount, Instant at) {
    checkNotNull(at, "at");
    Grant grant = new Grant(project, category, amount, ImmutableList.of());
    Grant known = grants.get(project);
    if (known != null) {
      return known.category() == category && known.amount().equals(amount)
          ? Decision.accepted(this)
          : reject(FundCode.GRANT_EXISTS, "project %s already has a grant of %s (%s)",
              project, known.amount(), known.category().englishName());
    }
    Transfer reserve =
        Transfer.pending(
            grant.reservation(),
            Entry.of(Chart.projectExpenses(category).id(), Chart.BANK, amount, TransferCode.GRANT),
            at);
    return commit(Chain.of(reserve), ledger -> with(ledger).withGrant(grant));
  }

  /**
   * Approves the grant a project's workflow requested (the workflow's {@link
   * ProjectEvent.GrantRequested} event), at the event's time.
   *
   * @param requested the event
   * @param category the project's category
   * @return as {@link #approveGrant(ProjectId, Category, Amount, Instant)}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the amount is not positive
   */
  public Decision<Fund> approveGrant(ProjectEvent.GrantRequested requested, Category category) {
    checkNotNull(requested, "requested");
    return approveGrant(requested.project(), category, requested.amount(), requested.at());
  }

  /**
   * Pays a tranche of a project's grant from unrestricted money: posts part of the reservation.
   * Cash at bank never falls below what the restricted funds hold (Charity Law Art. 54).
   *
   * @param project the project
   * @param number the tranche's number, from 1; its id is {@link Grant#tranche(int)}
   * @param amount the amount; positive
   * @param at when
   * @return the fund after paying, or a refusal ({@link FundCode#GRANT_UNKNOWN}, {@link
   *     FundCode#EXCEEDS_PENDING}, {@link FundCode#PENDING_RESOLVED}, {@link
   *     FundCode#UNRESTRICTED_SHORT})
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code number} or {@code amount} is not positive
   */
  public Decision<Fund> payTranche(ProjectId project, int number, Amount amount, Instant at) {
    checkTranche(number, amount, at);
    Grant grant = grants.get(checkNotNull(project, "project"));
    if (grant == null) {
      return reject(FundCode.GRANT_UNKNOWN, "project %s has no grant", project);
    }
    TransferId id = grant.tranche(number);
    Transfer post = Transfer.postPending(id, grant.reservation(), amount, at);
    return spend(Chain.of(post), ledger -> with(ledger).withTranche(grant, id));
  }

  /**
   * Pays a tranche of a project's grant from a restricted fund: posts part of the reservation and
   * releases the same amount from the restriction, in one chain. The restricted fund must hold
   * enough, its purpose must admit the project (Charity Law Art. 54), and an all-or-nothing
   * campaign must be closed first.
   *
   * @param project the project
   * @param number the tranche's number, from 1
   * @param amount the amount; positive
   * @param from the restricted fund that pays
   * @param at when
   * @return the fund after paying, or a refusal ({@link FundCode#WRONG_PURPOSE}, {@link
   *     FundCode#CAMPAIGN_OPEN}, {@link FundCode#LIMIT_EXCEEDED} when the restricted fund holds
   *     too little, {@link FundCode#ID_REUSED} when the tranche was paid from unrestricted
   *     money, and {@link FundCode#GRANT_UNKNOWN}, {@link FundCode#EXCEEDS_PENDING}, {@link
   *     FundCode#PENDING_RESOLVED})
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code number} or {@code amount} is not positive
   */
  public Decision<Fund> payTranche(
      ProjectId project, int number, Amount amount, RestrictionId from, Instant at) {
    checkTranche(number, amount, at);
    Grant grant = grants.get(checkNotNull(project, "project"));
    Restriction restriction = restrictions.get(checkNotNull(from, "from"));
    List<Violation> violations = new ArrayList<>();
    if (grant == null) {
      violations.add(violation(FundCode.GRANT_UNKNOWN, "project %s has no grant", project));
    }
    if (restriction == null) {
      violations.add(violation(FundCode.RESTRICTION_UNKNOWN, "no restricted fund %s", from));
    }
    if (grant != null
        && restriction != null
        && !restriction.purpose().admits(project, grant.category())) {
      violations.add(violation(FundCode.WRONG_PURPOSE,
          "restricted fund %s (%s) may not pay project %s (%s)", from, restriction.purpose(),
          project, grant.category().englishName()));
    }
    for (Campaign campaign : campaigns.values()) {
      if (campaign.restriction().equals(from)
          && campaign.rule() == CampaignRule.ALL_OR_NOTHING
          && !closed.contains(from)) {
        violations.add(violation(FundCode.CAMPAIGN_OPEN,
            "all-or-nothing campaign %s is not closed; its money cannot be spent yet", from));
      }
    }
    if (grant == null || restriction == null || !violations.isEmpty()) {
      return Decision.rejected(violations);
    }
    TransferId id = grant.tranche(number);
    TransferId release = TransferId.of(id.value() + ":release");
    if (ledger.find(id).isPresent() && ledger.find(release).isEmpty()) {
      return reject(FundCode.ID_REUSED,
          "tranche %s of project %s was paid from unrestricted money, not from %s", number,
          project, from);
    }
    Chain chain =
        Chain.of(
            Transfer.postPending(id, grant.reservation(), amount, at),
            Transfer.posted(
                release,
                Entry.of(restriction.account(), Chart.UNRESTRICTED, amount, TransferCode.RELEASE),
                at));
    return commit(chain, ledger -> with(ledger).withTranche(grant, id));
  }

  /**
   * Cancels the rest of a project's grant: voids what the reservation still holds. A grant
   * resolves at most once.
   *
   * @param project the project
   * @param at when
   * @return the fund after cancelling, or a refusal ({@link FundCode#GRANT_UNKNOWN}, {@link
   *     FundCode#PENDING_RESOLVED})
   * @throws NullPointerException if an argument is null
   */
  public Decision<Fund> cancelGrant(ProjectId project, Instant at) {
    checkNotNull(at, "at");
    Grant grant = grants.get(checkNotNull(project, "project"));
    if (grant == null) {
      return reject(FundCode.GRANT_UNKNOWN, "project %s has no grant", project);
    }
    Transfer voiding =
        Transfer.voidPending(
            TransferId.of(grant.reservation().value() + ":void"), grant.reservation(), at);
    return commit(Chain.of(voiding), ledger -> with(ledger));
  }

  /**
   * Receives a project's refund of grant money it did not use: refunds its tranches in order, as
   * far as each was not refunded yet, in one chain. A refund never returns more than was paid.
   * What a restricted fund paid goes back under its restriction in the same chain.
   *
   * @param project the project
   * @param number the refund's number, from 1, which makes its ids
   * @param amount the amount; positive
   * @param at when
   * @return the fund after the refund, or a refusal ({@link FundCode#GRANT_UNKNOWN}, {@link
   *     FundCode#REFUND_EXCEEDS_PAID})
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code number} or {@code amount} is not positive
   */
  public Decision<Fund> refund(ProjectId project, int number, Amount amount, Instant at) {
    checkTranche(number, amount, at);
    Grant grant = grants.get(checkNotNull(project, "project"));
    if (grant == null) {
      return reject(FundCode.GRANT_UNKNOWN, "project %s has no grant", project);
    }
    String prefix = grant.reservation().value() + ":refund:" + number + ":";
    if (ledger.find(TransferId.of(prefix + 1)).isPresent()) {
      // A retry: the refund's first transfer exists; the ledger reports each one as it is.
      List<Transfer> recorded = new ArrayList<>();
      for (int k = 1; ledger.find(TransferId.of(prefix + k)).isPresent(); k++) {
        recorded.add(ledger.find(TransferId.of(prefix + k)).orElseThrow().transfer());
      }
      Amount total = Amount.ZERO;
      for (Transfer t : recorded) {
        total = total.plus(((Transfer.Refund) t).amount());
      }
      return total.equals(amount)
          ? Decision.accepted(this)
          : reject(FundCode.ID_REUSED, "refund %s of project %s was %s, not %s", number, project,
              total, amount);
    }
    List<Transfer> refunds = new ArrayList<>();
    long left = amount.fen();
    int k = 1;
    for (TransferId tranche : grant.tranches()) {
      if (left == 0) {
        break;
      }
      long open =
          ledger.find(tranche).orElseThrow().entry().amount().fen()
              - ledger.returned(tranche).fen();
      long part = Math.min(open, left);
      if (part > 0) {
        TransferId refundId = TransferId.of(prefix + k++);
        refunds.add(Transfer.refund(refundId, tranche, Amount.ofFen(part), at));
        // Money a restricted fund paid goes back under its restriction (Art. 54).
        TransferId release = TransferId.of(tranche.value() + ":release");
        if (ledger.find(release).isPresent()) {
          refunds.add(Transfer.refund(TransferId.of(refundId.value() + ":restrict"), release,
              Amount.ofFen(part), at));
        }
        left -= part;
      }
    }
    if (left > 0) {
      return reject(FundCode.REFUND_EXCEEDS_PAID,
          "project %s refunds %s, but only %s was paid and not refunded", project, amount,
          Amount.ofFen(amount.fen() - left));
    }
    return commit(Chain.copyOf(refunds), ledger -> with(ledger));
  }

  /**
   * Opens a restricted fund for a donor's gift (its sub-ledger account).
   *
   * @param id the restricted fund's key
   * @param purpose what it may be spent on
   * @param leftover what happens to leftovers
   * @return the fund with it, or a refusal ({@link FundCode#RESTRICTION_EXISTS})
   * @throws NullPointerException if an argument is null
   */
  public Decision<Fund> restrict(RestrictionId id, Purpose purpose, Leftover leftover) {
    checkNotNull(id, "id");
    checkNotNull(purpose, "purpose");
    checkNotNull(leftover, "leftover");
    Restriction known = restrictions.get(id);
    if (known != null) {
      return known.purpose().equals(purpose) && known.leftover() == leftover
          ? Decision.accepted(this)
          : reject(FundCode.RESTRICTION_EXISTS, "restricted fund %s exists for %s", id,
              known.purpose());
    }
    Restriction restriction = new Restriction(id, purpose, leftover, ImmutableList.of());
    Ledger opened = ledger.open(List.of(Chart.restricted(id.value(), purpose.toString())));
    return Decision.accepted(with(opened).withRestriction(restriction));
  }

  /**
   * Opens a project's crowdfunding campaign: its income account, and a restricted fund keyed by
   * the project's id whose purpose is the project.
   *
   * @param campaign the campaign
   * @param leftover what happens to what is left when the project ends
   * @return the fund with it, or a refusal ({@link FundCode#RESTRICTION_EXISTS})
   * @throws NullPointerException if an argument is null
   */
  public Decision<Fund> openCampaign(Campaign campaign, Leftover leftover) {
    checkNotNull(campaign, "campaign");
    checkNotNull(leftover, "leftover");
    Campaign known = campaigns.get(campaign.project());
    if (known != null && !known.equals(campaign)) {
      return reject(FundCode.RESTRICTION_EXISTS, "project %s already has campaign %s",
          campaign.project(), known);
    }
    return restrict(campaign.restriction(), new Purpose.ForProject(campaign.project()), leftover)
        .map(fund -> fund.with(fund.ledger.open(List.of(Chart.crowdfunding(campaign.project()))))
            .withCampaign(campaign));
  }

  /**
   * Opens the campaign a project's workflow announced (its {@link
   * ProjectEvent.CrowdfundingOpened} event).
   *
   * @param opened the event
   * @param deadline the campaign's deadline
   * @param rule what happens below the target
   * @param leftover what happens to leftovers
   * @return as {@link #openCampaign(Campaign, Leftover)}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the target is not positive
   */
  public Decision<Fund> openCampaign(
      ProjectEvent.CrowdfundingOpened opened, Instant deadline, CampaignRule rule,
      Leftover leftover) {
    checkNotNull(opened, "opened");
    return openCampaign(new Campaign(opened.project(), opened.target(), deadline, rule), leftover);
  }

  /**
   * Receives a contribution to a campaign before its deadline: credits the campaign's income and
   * restricts the same amount, in one chain (the second transfer's id adds {@code ":restrict"}).
   *
   * @param project the campaign's project
   * @param id the contribution's id
   * @param amount the amount; positive
   * @param at when; before the deadline
   * @return the fund with the contribution, or a refusal ({@link FundCode#RESTRICTION_UNKNOWN},
   *     {@link FundCode#CAMPAIGN_CLOSED})
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code amount} is not positive
   */
  public Decision<Fund> contribute(ProjectId project, TransferId id, Amount amount, Instant at) {
    checkGift(id, amount, at);
    Campaign campaign = campaigns.get(checkNotNull(project, "project"));
    if (campaign == null) {
      return reject(FundCode.RESTRICTION_UNKNOWN, "project %s has no campaign", project);
    }
    if (!at.isBefore(campaign.deadline()) || closed.contains(campaign.restriction())) {
      return reject(FundCode.CAMPAIGN_CLOSED, "campaign of %s closed at %s; contribution at %s",
          project, campaign.deadline(), at);
    }
    return give(campaign.restriction(), id, Chart.crowdfunding(project).id(), amount,
        TransferCode.CROWDFUNDING, at);
  }

  /**
   * Receives a donor-restricted gift into its restricted fund: credits an income account and
   * restricts the same amount, in one chain.
   *
   * @param to the restricted fund
   * @param id the gift's id
   * @param income the income account credited, e.g. {@link Chart#ENTERPRISE_DONATIONS}
   * @param amount the amount; positive
   * @param at when
   * @return the fund with the gift, or a refusal ({@link FundCode#RESTRICTION_UNKNOWN}, {@link
   *     FundCode#CAMPAIGN_CLOSED} once the restricted fund is closed)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code amount} is not positive
   */
  public Decision<Fund> giveRestricted(
      RestrictionId to, TransferId id, AccountId income, Amount amount, Instant at) {
    checkGift(id, amount, at);
    checkNotNull(income, "income");
    if (!restrictions.containsKey(checkNotNull(to, "to"))) {
      return reject(FundCode.RESTRICTION_UNKNOWN, "no restricted fund %s", to);
    }
    if (closed.contains(to)) {
      return reject(FundCode.CAMPAIGN_CLOSED, "restricted fund %s is closed; gift %s at %s", to,
          id, at);
    }
    return give(to, id, income, amount, TransferCode.DONATION, at);
  }

  private Decision<Fund> give(
      RestrictionId to, TransferId id, AccountId income, Amount amount, TransferCode code,
      Instant at) {
    Restriction restriction = restrictions.get(to);
    Chain chain =
        Chain.of(
            Transfer.posted(id, Entry.of(Chart.BANK, income, amount, code), at),
            Transfer.posted(
                TransferId.of(id.value() + ":restrict"),
                Entry.of(Chart.UNRESTRICTED, restriction.account(), amount,
                    TransferCode.RESTRICTION),
                at));
    return commit(chain, ledger -> with(ledger).withContribution(restriction, id));
  }

  /**
   * Closes a campaign at or after its deadline. Below the target under {@link
   * CampaignRule#ALL_OR_NOTHING}, every contribution is returned in full, in one chain; otherwise
   * the money stays restricted for the project.
   *
   * @param project the campaign's project
   * @param at when; not before the deadline
   * @return the closed fund, or a refusal ({@link FundCode#RESTRICTION_UNKNOWN}, {@link
   *     FundCode#CAMPAIGN_OPEN})
   * @throws NullPointerException if an argument is null
   */
  public Decision<Fund> closeCampaign(ProjectId project, Instant at) {
    Campaign campaign = campaigns.get(checkNotNull(project, "project"));
    checkNotNull(at, "at");
    if (campaign == null) {
      return reject(FundCode.RESTRICTION_UNKNOWN, "project %s has no campaign", project);
    }
    if (closed.contains(campaign.restriction())) {
      return Decision.accepted(this);
    }
    if (at.isBefore(campaign.deadline())) {
      return reject(FundCode.CAMPAIGN_OPEN, "campaign of %s runs until %s; now %s", project,
          campaign.deadline(), at);
    }
    Restriction restriction = restrictions.get(campaign.restriction());
    Amount raised = raised(restriction);
    if (campaign.rule() == CampaignRule.ALL_OR_NOTHING && raised.compareTo(campaign.target()) < 0) {
      Amount held = ledger.posted(restriction.account());
      if (held.isPositive()) {
        return returnToContributors(restriction, held, "return", at)
            .map(fund -> fund.withClosed(restriction.id()));
      }
    }
    return Decision.accepted(withClosed(restriction.id()));
  }

  /**
   * Settles what a restricted fund has left when its purpose is done, by returning it to the
   * contributors in proportion to what each still has in the fund ({@link Amount#allocate}),
   * when the agreement says {@link Leftover#RETURN_TO_CONTRIBUTORS}.
   *
   * @param id the restricted fund
   * @param at when
   * @return the settled fund, or a refusal ({@link FundCode#RESTRICTION_UNKNOWN}, {@link
   *     FundCode#NOTHING_LEFT}, {@link FundCode#WRONG_PURPOSE} if the agreement says otherwise)
   * @throws NullPointerException if an argument is null
   */
  public Decision<Fund> returnLeftover(RestrictionId id, Instant at) {
    Restriction restriction = restrictions.get(checkNotNull(id, "id"));
    checkNotNull(at, "at");
    if (restriction == null) {
      return reject(FundCode.RESTRICTION_UNKNOWN, "no restricted fund %s", id);
    }
    if (restriction.leftover() != Leftover.RETURN_TO_CONTRIBUTORS) {
      return reject(FundCode.WRONG_PURPOSE, "the agreement of %s says %s", id,
          restriction.leftover().englishName());
    }
    Amount held = ledger.posted(restriction.account());
    if (!held.isPositive()) {
      return reject(FundCode.NOTHING_LEFT, "restricted fund %s holds %s", id, held);
    }
    return returnToContributors(restriction, held, "leftover", at)
        .map(fund -> fund.withClosed(restriction.id()));
  }

  /**
   * Transfers what a restricted fund has left to another restricted fund with a similar purpose,
   * by a disclosed decision (Art. 58), when the agreement says {@link
   * Leftover#TRANSFER_TO_SIMILAR_PURPOSE}.
   *
   * @param id the restricted fund
   * @param to the restricted fund that receives the leftover
   * @param decision the decision as disclosed; not blank
   * @param at when
   * @return the settled fund with the disclosure, or a refusal ({@link
   *     FundCode#RESTRICTION_UNKNOWN}, {@link FundCode#NOTHING_LEFT}, {@link
   *     FundCode#WRONG_PURPOSE} if the agreement says otherwise)
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code decision} is blank or {@code to} is {@code id}
   */
  public Decision<Fund> transferLeftover(
      RestrictionId id, RestrictionId to, String decision, Instant at) {
    checkNotNull(id, "id");
    checkNotNull(to, "to");
    checkNotNull(decision, "decision");
    checkNotNull(at, "at");
    checkArgument(!decision.isBlank(), "decision must not be blank: '%s'", decision);
    checkArgument(!id.equals(to), "to must differ from id: %s", to);
    Restriction restriction = restrictions.get(id);
    Restriction target = restrictions.get(to);
    if (restriction == null || target == null) {
      return reject(FundCode.RESTRICTION_UNKNOWN, "no restricted fund %s",
          restriction == null ? id : to);
    }
    if (restriction.leftover() != Leftover.TRANSFER_TO_SIMILAR_PURPOSE) {
      return reject(FundCode.WRONG_PURPOSE, "the agreement of %s says %s", id,
          restriction.leftover().englishName());
    }
    Amount held = ledger.posted(restriction.account());
    if (!held.isPositive()) {
      return reject(FundCode.NOTHING_LEFT, "restricted fund %s holds %s", id, held);
    }
    Transfer move =
        Transfer.posted(
            TransferId.of("leftover:" + id.value()),
            Entry.of(restriction.account(), target.account(), held, TransferCode.LEFTOVER_TRANSFER),
            at);
    Disclosure disclosure = new Disclosure(id, to, held, decision);
    return commit(Chain.of(move), ledger -> {
      Fund fund = with(ledger).withClosed(id);
      return new Fund(fund.ledger, fund.grants, fund.restrictions, fund.campaigns, fund.closed,
          ImmutableList.<Disclosure>builder().addAll(disclosures).add(disclosure).build());
    });
  }

  /** The total a restricted fund received from contributions. */
  private Amount raised(Restriction restriction) {
    long total = 0;
    for (TransferId contribution : restriction.contributions()) {
      total = Math.addExact(total, ledger.find(contribution).orElseThrow().entry().amount().fen());
    }
    return Amount.ofFen(total);
  }

  private Decision<Fund> returnToContributors(
      Restriction restriction, Amount held, String purpose, Instant at) {
    Map<TransferId, Long> still = new LinkedHashMap<>();
    for (TransferId contribution : restriction.contributions()) {
      long left =
          ledger.find(contribution).orElseThrow().entry().amount().fen()
              - ledger.returned(contribution).fen();
      if (left > 0) {
        still.put(contribution, left);
      }
    }
    ImmutableList<Amount> parts = held.allocate(List.copyOf(still.values()));
    List<Transfer> returns = new ArrayList<>();
    int i = 0;
    for (TransferId contribution : still.keySet()) {
      Amount part = parts.get(i++);
      if (part.isPositive()) {
        String base = purpose + ":" + contribution.value();
        returns.add(Transfer.refund(TransferId.of(base), contribution, part, at));
        returns.add(
            Transfer.refund(
                TransferId.of(base + ":restrict"),
                TransferId.of(contribution.value() + ":restrict"),
                part,
                at));
      }
    }
    return commit(Chain.copyOf(returns), ledger -> with(ledger));
  }

  /** Caller mistakes in a tranche's or refund's arguments throw before any business rule is looked at. */
  private static void checkTranche(int number, Amount amount, Instant at) {
    checkArgument(number > 0, "number must be positive: %s", number);
    checkArgument(checkNotNull(amount, "amount").isPositive(), "amount must be positive: %s",
        amount);
    checkNotNull(at, "at");
  }

  /** Caller mistakes in a gift's arguments throw before any business rule is looked at. */
  private static void checkGift(TransferId id, Amount amount, Instant at) {
    checkNotNull(id, "id");
    checkArgument(checkNotNull(amount, "amount").isPositive(), "amount must be positive: %s",
        amount);
    checkNotNull(at, "at");
  }

  private interface Next {
    Fund after(Ledger ledger);
  }

  /**
   * Commits an unrestricted payment: refused if cash at bank would fall below what the restricted
   * funds hold, since that cash is theirs (Art. 54).
   */
  private Decision<Fund> spend(Chain chain, Next next) {
    BatchResult result = ledger.apply(chain);
    if (result.isAllRecorded() && result.ledger() != ledger) {
      Ledger after = result.ledger();
      long restricted = 0;
      for (Restriction restriction : restrictions.values()) {
        restricted = Math.addExact(restricted, after.posted(restriction.account()).fen());
      }
      Amount bank = after.posted(Chart.BANK);
      if (bank.fen() < restricted) {
        return reject(FundCode.UNRESTRICTED_SHORT,
            "paying %s would leave cash at bank %s below the restricted funds' %s",
            chain.transfers().get(0).id(), bank, Amount.ofFen(restricted));
      }
    }
    return decide(result, next);
  }

  private Decision<Fund> commit(Chain chain, Next next) {
    return decide(ledger.apply(chain), next);
  }

  private Decision<Fund> decide(BatchResult result, Next next) {
    if (result.isAllRecorded()) {
      return Decision.accepted(result.ledger() == ledger ? this : next.after(result.ledger()));
    }
    List<Violation> violations = new ArrayList<>();
    for (TransferResult r : result.results()) {
      if (r instanceof TransferResult.Refused refused
          && refused.violation().code() != FundCode.LINKED_EVENT_FAILED) {
        violations.add(refused.violation());
      }
    }
    return Decision.rejected(violations);
  }

  private Fund with(Ledger next) {
    return new Fund(next, grants, restrictions, campaigns, closed, disclosures);
  }

  private Fund withGrant(Grant grant) {
    return new Fund(ledger, put(grants, grant.project(), grant), restrictions, campaigns, closed,
        disclosures);
  }

  private Fund withTranche(Grant grant, TransferId tranche) {
    if (grant.tranches().contains(tranche)) {
      return this;
    }
    Grant paid =
        new Grant(grant.project(), grant.category(), grant.amount(),
            ImmutableList.<TransferId>builder().addAll(grant.tranches()).add(tranche).build());
    return withGrant(paid);
  }

  private Fund withRestriction(Restriction restriction) {
    return new Fund(ledger, grants, put(restrictions, restriction.id(), restriction), campaigns,
        closed, disclosures);
  }

  private Fund withContribution(Restriction restriction, TransferId contribution) {
    Restriction current = restrictions.get(restriction.id());
    if (current.contributions().contains(contribution)) {
      return this;
    }
    return withRestriction(
        new Restriction(current.id(), current.purpose(), current.leftover(),
            ImmutableList.<TransferId>builder().addAll(current.contributions()).add(contribution)
                .build()));
  }

  private Fund withCampaign(Campaign campaign) {
    return new Fund(ledger, grants, restrictions, put(campaigns, campaign.project(), campaign),
        closed, disclosures);
  }

  private Fund withClosed(RestrictionId id) {
    return new Fund(ledger, grants, restrictions, campaigns,
        ImmutableSet.<RestrictionId>builder().addAll(closed).add(id).build(), disclosures);
  }

  private static <K, V> ImmutableMap<K, V> put(ImmutableMap<K, V> map, K key, V value) {
    Map<K, V> copy = new LinkedHashMap<>(map);
    copy.put(key, value);
    return ImmutableMap.copyOf(copy);
  }

  /**
   * The grant of a project, if approved.
   *
   * @param project the project
   * @return its grant, or empty
   * @throws NullPointerException if {@code project} is null
   */
  public Optional<Grant> grant(ProjectId project) {
    return Optional.ofNullable(grants.get(checkNotNull(project, "project")));
  }

  private static <T> Decision<T> reject(FundCode code, String template, Object... args) {
    return Decision.rejected(List.of(violation(code, template, args)));
  }

  private static Violation violation(FundCode code, String template, Object... args) {
    return Violation.of(code, com.google.common.base.Strings.lenientFormat(template, args));
  }

}
