namespace Verification.Symbolic.Expressions;

/// <summary>Numerator ÷ Denominator; undefined where the denominator is 0.</summary>
public sealed record Divide(Expr Numerator, Expr Denominator) : Expr;
