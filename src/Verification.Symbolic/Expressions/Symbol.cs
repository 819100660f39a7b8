namespace Verification.Symbolic.Expressions;

/// <summary>A real symbol. In a claim every free symbol is universally quantified over ℝ.</summary>
public sealed record Symbol(string Name) : Expr;
