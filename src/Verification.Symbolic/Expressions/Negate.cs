namespace Verification.Symbolic.Expressions;

/// <summary>−Operand.</summary>
public sealed record Negate(Expr Operand) : Expr;
