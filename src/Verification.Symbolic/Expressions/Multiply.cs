namespace Verification.Symbolic.Expressions;

/// <summary>Left × Right.</summary>
public sealed record Multiply(Expr Left, Expr Right) : Expr;
