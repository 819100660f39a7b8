namespace Verification.Symbolic.Expressions;

/// <summary>The logistic function σ(u) = 1 / (1 + e^(−u)).</summary>
public sealed record Sigmoid(Expr Argument) : Expr;
