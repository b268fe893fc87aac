package io.github.tongxin.governance.election.rules;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Monroe's rule and Greedy Monroe, as in abcvoting (both defined for unit weights only).
 *
 * <p>Monroe: the voters are split among the k members into districts of {@code floor(n/k)} voters,
 * {@code n mod k} of them one larger; the score of a committee is the largest number of voters
 * that can sit in the district of a member they approve. It is a maximum flow: voters to approved
 * members, each member taking {@code floor(n/k)} voters plus at most one more, and at most {@code
 * n mod k} members taking one more. (The unsatisfied voters then fill the free places.) The
 * optimal committees come from a lexicographic branch and bound over k-subsets, started at the
 * Greedy Monroe committee; a node is bounded by the maximum flow of a relaxed network (see
 * {@link Flow}).
 *
 * <p>Greedy Monroe: k rounds; each elects the candidate approved by most of the voters not yet
 * assigned (the lowest index among ties), and assigns to it, in voter order, up to {@code
 * floor(n/k) + 1} of its remaining approvers in the first {@code n mod k} rounds and up to {@code
 * floor(n/k)} later.
 */
final class Monroe {
  private Monroe() {}

  static int[] greedy(ApprovalProfile profile, int k) {
    checkUnitWeights(profile, "greedy-monroe");
    ThieleInput input = ThieleInput.of(profile);
    int n = input.voters;
    int m = input.candidates;
    boolean[] assigned = new boolean[n];
    boolean[] elected = new boolean[m];
    int[] committee = new int[k];
    for (int t = 0; t < k; t++) {
      int selected = -1;
      int most = -1;
      for (int c = 0; c < m; c++) {
        if (elected[c]) {
          continue;
        }
        int approvals = 0;
        for (int v : input.approvers[c]) {
          approvals += assigned[v] ? 0 : 1;
        }
        if (approvals > most) {
          most = approvals;
          selected = c;
        }
      }
      int quota = t < n - k * (n / k) ? n / k + 1 : n / k;
      for (int v : input.approvers[selected]) {
        if (quota == 0) {
          break;
        }
        if (!assigned[v]) {
          assigned[v] = true;
          quota--;
        }
      }
      elected[selected] = true;
      committee[t] = selected;
    }
    Arrays.sort(committee);
    return committee;
  }

  static int[] optimal(ApprovalProfile profile, int k) {
    checkUnitWeights(profile, "monroe");
    Search search = new Search(profile, k, true);
    search.run();
    return search.bestCommittee;
  }

  static List<int[]> optimalAll(ApprovalProfile profile, int k) {
    checkUnitWeights(profile, "monroe");
    Search search = new Search(profile, k, false);
    search.run();
    return search.found;
  }

  private static void checkUnitWeights(ApprovalProfile profile, String id) {
    checkArgument(profile.hasUnitWeights(), "%s is defined only for unit weights: %s", id, profile);
  }

  /** Branch and bound over k-subsets in lexicographic order. */
  private static final class Search {
    final ThieleInput input;
    final int n;
    final int m;
    final int k;
    final boolean resolute;
    final Flow flow;
    final int[] chosen;
    final int[] previousClone;
    int best;
    int[] bestCommittee;
    final List<int[]> found = new ArrayList<>();

    Search(ApprovalProfile profile, int k, boolean resolute) {
      this.input = ThieleInput.of(profile);
      this.n = input.voters;
      this.m = input.candidates;
      this.k = k;
      this.resolute = resolute;
      this.flow = new Flow(input, k);
      this.chosen = new int[k];
      this.previousClone = input.previousClone();
      this.bestCommittee = greedy(profile, k);
      this.best = flow.score(bestCommittee, k, m, 0);
    }

    void run() {
      search(0, k);
    }

    void search(int next, int r) {
      int size = k - r;
      if (r == 0) {
        leaf(flow.score(chosen, size, m, 0));
        return;
      }
      int bound = flow.score(chosen, size, next, r);
      if (bound < best
          || (bound == best && (!resolute ? false : !smallerCompletion(size, next, r)))) {
        return;
      }
      for (int c = next; c <= m - r; c++) {
        int clone = previousClone[c];
        if (resolute
            && clone >= 0
            && (size == 0 || Arrays.binarySearch(chosen, 0, size, clone) < 0)) {
          continue; // the lexicographically first winner takes the lowest-indexed clones
        }
        chosen[size] = c;
        search(c + 1, r - 1);
      }
    }

    /** Whether some completion of the chosen prefix precedes the best committee. */
    boolean smallerCompletion(int size, int next, int r) {
      int[] completion = Arrays.copyOf(chosen, k);
      for (int j = 0; j < r; j++) {
        completion[size + j] = next + j;
      }
      return Arrays.compare(completion, bestCommittee) < 0;
    }

    void leaf(int score) {
      if (score < best) {
        return;
      }
      int[] committee = chosen.clone();
      if (resolute) {
        if (score > best || Arrays.compare(committee, bestCommittee) < 0) {
          best = score;
          bestCommittee = committee;
        }
        return;
      }
      if (score > best) {
        best = score;
        found.clear();
      }
      found.add(committee);
    }
  }

  /**
   * The Monroe flow network, and its relaxation for a partial committee. Source to each voter
   * capacity 1; voter to each approved member 1; member to sink {@code floor(n/k)}; member to an
   * overflow node 1; overflow to sink {@code n mod k}. Its maximum flow (Dinic's algorithm) is the
   * number of satisfied voters. For a partial committee with r members still to come from the
   * candidates {@code next..m-1}, those candidates join the network as members whose {@code
   * floor(n/k)} parts go through one pool of capacity {@code r floor(n/k)}: every completion's
   * flow fits in that network, so its maximum bounds the Monroe score of every completion.
   */
  private static final class Flow {
    final ThieleInput input;
    final int n;
    final int m;
    final int quota;
    final int overflow;
    // Edge lists, rebuilt for each network.
    final int[] head;
    final int[] next;
    final int[] to;
    final int[] capacity;
    int edges;
    final int[] level;
    final int[] cursor;
    final int[] queue;
    final int[] node;

    Flow(ThieleInput input, int k) {
      this.input = input;
      this.n = input.voters;
      this.m = input.candidates;
      this.quota = n / k;
      this.overflow = n % k;
      int nodes = n + m + 4;
      int maxEdges = 2 * (n + 2 * m + 2);
      for (int[] ballot : input.ballots) {
        maxEdges += 2 * ballot.length;
      }
      head = new int[nodes];
      next = new int[maxEdges];
      to = new int[maxEdges];
      capacity = new int[maxEdges];
      level = new int[nodes];
      cursor = new int[nodes];
      queue = new int[nodes];
      node = new int[m];
    }

    private void edge(int from, int target, int cap) {
      to[edges] = target;
      capacity[edges] = cap;
      next[edges] = head[from];
      head[from] = edges++;
      to[edges] = from;
      capacity[edges] = 0;
      next[edges] = head[target];
      head[target] = edges++;
    }

    /**
     * The maximum flow with the first {@code size} entries of {@code committee} as members and,
     * when {@code r > 0}, the candidates {@code from..m-1} pooled for r more members.
     */
    int score(int[] committee, int size, int from, int r) {
      int source = 0;
      int overflowNode = n + m + 1;
      int pool = n + m + 2;
      int sink = n + m + 3;
      int nodes = n + m + 4;
      Arrays.fill(head, 0, nodes, -1);
      Arrays.fill(node, -1);
      edges = 0;
      for (int j = 0; j < size; j++) {
        int c = committee[j];
        node[c] = n + 1 + c;
        edge(node[c], sink, quota);
        edge(node[c], overflowNode, 1);
      }
      if (r > 0) {
        for (int c = from; c < m; c++) {
          node[c] = n + 1 + c;
          edge(node[c], pool, quota);
          edge(node[c], overflowNode, 1);
        }
        edge(pool, sink, r * quota);
      }
      edge(overflowNode, sink, overflow);
      for (int v = 0; v < n; v++) {
        edge(source, 1 + v, 1);
        for (int c : input.ballots[v]) {
          if (node[c] >= 0) {
            edge(1 + v, node[c], 1);
          }
        }
      }
      int total = 0;
      while (levels(source, sink, nodes)) {
        System.arraycopy(head, 0, cursor, 0, nodes);
        int pushed;
        while ((pushed = push(source, sink, Integer.MAX_VALUE)) > 0) {
          total += pushed;
        }
      }
      return total;
    }

    private boolean levels(int source, int sink, int nodes) {
      Arrays.fill(level, 0, nodes, -1);
      level[source] = 0;
      int read = 0;
      int write = 0;
      queue[write++] = source;
      while (read < write) {
        int x = queue[read++];
        for (int e = head[x]; e >= 0; e = next[e]) {
          if (capacity[e] > 0 && level[to[e]] < 0) {
            level[to[e]] = level[x] + 1;
            queue[write++] = to[e];
          }
        }
      }
      return level[sink] >= 0;
    }

    private int push(int x, int sink, int limit) {
      if (x == sink) {
        return limit;
      }
      for (; cursor[x] >= 0; cursor[x] = next[cursor[x]]) {
        int e = cursor[x];
        int y = to[e];
        if (capacity[e] > 0 && level[y] == level[x] + 1) {
          int pushed = push(y, sink, Math.min(limit, capacity[e]));
          if (pushed > 0) {
            capacity[e] -= pushed;
            capacity[e ^ 1] += pushed;
            return pushed;
          }
        }
      }
      return 0;
    }
  }
}
