using Verification.Symbolic.Expressions;

namespace Verification.Symbolic.Explanation;

/// <summary>
/// One rule applied to ∂body/∂variable, one level deep: its name and the rewritten derivative, which
/// may hold <see cref="Derivative"/> nodes for the parts left to later rounds. The explanations use
/// <see cref="Calculus.Differentiator"/>'s rules; a test passes a wrong one to see it refused.
/// </summary>
public delegate (string Rule, Expr After) DerivativeRule(Expr body, Symbol variable);
