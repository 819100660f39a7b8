namespace Verification.Symbolic.Expressions;

/// <summary>e raised to Argument.</summary>
public sealed record Exp(Expr Argument) : Expr;
