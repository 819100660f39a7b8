namespace Verification.Symbolic.Expressions;

/// <summary>Left + Right.</summary>
public sealed record Add(Expr Left, Expr Right) : Expr;
