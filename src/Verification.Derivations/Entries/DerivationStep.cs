using Verification.Symbolic.Expressions;

namespace Verification.Derivations.Entries;

/// <summary>
/// One line of a derivation: the expression reached, the rule that rewrote the previous line into
/// it, and a sentence explaining the move. The engine checks "previous line == this line".
/// </summary>
/// <param name="Expression">The expression after the rule is applied.</param>
/// <param name="Rule">The rule's short name ("quotient rule", "factor", "recognise σ").</param>
/// <param name="Explanation">Why the move is valid, in a sentence.</param>
public sealed record DerivationStep(Expr Expression, string Rule, string Explanation);
