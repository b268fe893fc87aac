package io.github.tongxin.governance.election.rules;

import com.google.common.collect.ImmutableList;

/**
 * The rules of this family, registered in {@link CommitteeRules}: the separable rules (AV, SAV),
 * the Thiele methods (PAV, SLAV, CC, lex-CC, 2-geometric) with their sequential and reverse
 * sequential variants, Monroe and Greedy Monroe, minimax AV and its lexicographic variant, the
 * consensus rule and the trivial rule. Each is defined exactly as in abcvoting.
 */
final class ThieleFamily {
  private ThieleFamily() {}

  static ImmutableList<CommitteeRule> rules() {
    return ImmutableList.of(
        ThieleFamilyRule.of(
            "av", "赞成投票", "Approval Voting (AV)", SeparableRules::av, SeparableRules::avAll),
        ThieleFamilyRule.of(
            "sav",
            "满意度赞成投票",
            "Satisfaction Approval Voting (SAV)",
            SeparableRules::sav,
            SeparableRules::savAll),
        optimal("pav", "比例赞成投票", "Proportional Approval Voting (PAV)", ThieleFunction.PAV),
        optimal("slav", "圣拉古赞成投票", "Sainte-Laguë Approval Voting (SLAV)", ThieleFunction.SLAV),
        optimal("cc", "张伯伦-库朗赞成投票", "Approval Chamberlin-Courant (CC)", ThieleFunction.CC),
        optimal(
            "lexcc",
            "字典序张伯伦-库朗规则",
            "Lexicographic Chamberlin-Courant (lex-CC)",
            ThieleFunction.LEXCC),
        optimal("geom2", "2-几何规则", "2-Geometric Rule", ThieleFunction.GEOM2),
        sequential(
            "seqpav",
            "序贯比例赞成投票",
            "Sequential Proportional Approval Voting (seq-PAV)",
            ThieleFunction.PAV),
        reverseSequential(
            "revseqpav",
            "逆序贯比例赞成投票",
            "Reverse Sequential Proportional Approval Voting (revseq-PAV)",
            ThieleFunction.PAV),
        sequential(
            "seqslav",
            "序贯圣拉古赞成投票",
            "Sequential Sainte-Laguë Approval Voting (seq-SLAV)",
            ThieleFunction.SLAV),
        sequential(
            "seqcc",
            "序贯张伯伦-库朗规则",
            "Sequential Approval Chamberlin-Courant (seq-CC)",
            ThieleFunction.CC),
        ThieleFamilyRule.of(
            "minimaxav",
            "极小极大赞成投票",
            "Minimax Approval Voting (MAV)",
            MinimaxApproval::minimax,
            MinimaxApproval::minimaxAll),
        ThieleFamilyRule.of(
            "lexminimaxav",
            "字典序极小极大赞成投票",
            "Lexicographic Minimax Approval Voting (lex-MAV)",
            MinimaxApproval::lexMinimax,
            MinimaxApproval::lexMinimaxAll),
        ThieleFamilyRule.of(
            "monroe", "门罗规则", "Monroe's Approval Rule (Monroe)", Monroe::optimal, Monroe::optimalAll),
        ThieleFamilyRule.resoluteOnly("greedy-monroe", "贪心门罗规则", "Greedy Monroe", Monroe::greedy),
        ThieleFamilyRule.of(
            "consensus-rule",
            "共识规则",
            "Consensus Rule",
            ConsensusRule::resolute,
            ConsensusRule::irresolute),
        ThieleFamilyRule.of(
            "trivial", "平凡规则", "Trivial Rule", TrivialRule::resolute, TrivialRule::irresolute));
  }

  private static ThieleFamilyRule optimal(
      String id, String chineseName, String englishName, ThieleFunction function) {
    return ThieleFamilyRule.of(
        id,
        chineseName,
        englishName,
        (profile, k) -> ThieleSolver.forward(ThieleInput.of(profile), function, k).optimal(),
        (profile, k) -> ThieleSolver.forward(ThieleInput.of(profile), function, k).optimalAll());
  }

  private static ThieleFamilyRule sequential(
      String id, String chineseName, String englishName, ThieleFunction function) {
    return ThieleFamilyRule.of(
        id,
        chineseName,
        englishName,
        (profile, k) -> ThieleSolver.forward(ThieleInput.of(profile), function, k).sequential(),
        (profile, k) ->
            ThieleSolver.forward(ThieleInput.of(profile), function, k).sequentialAll());
  }

  private static ThieleFamilyRule reverseSequential(
      String id, String chineseName, String englishName, ThieleFunction function) {
    return ThieleFamilyRule.of(
        id,
        chineseName,
        englishName,
        (profile, k) ->
            ThieleSolver.reverse(ThieleInput.of(profile), function, k).reverseSequential(),
        (profile, k) ->
            ThieleSolver.reverse(ThieleInput.of(profile), function, k).reverseSequentialAll());
  }
}
