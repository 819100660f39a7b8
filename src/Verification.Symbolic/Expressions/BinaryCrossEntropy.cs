namespace Verification.Symbolic.Expressions;

/// <summary>
/// Binary cross-entropy of a logit z against a target y:
/// −(y·log σ(z) + (1 − y)·log(1 − σ(z))).
/// </summary>
public sealed record BinaryCrossEntropy(Expr Logit, Expr Target) : Expr;
