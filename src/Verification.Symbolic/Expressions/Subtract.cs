namespace Verification.Symbolic.Expressions;

/// <summary>Left − Right.</summary>
public sealed record Subtract(Expr Left, Expr Right) : Expr;
