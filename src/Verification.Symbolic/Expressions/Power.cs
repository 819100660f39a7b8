namespace Verification.Symbolic.Expressions;

/// <summary>Base raised to an integer exponent (negative exponents divide).</summary>
public sealed record Power(Expr Base, int Exponent) : Expr;
