namespace Verification.Symbolic.Expressions;

/// <summary>logsumexp(z) = log Σ_k e^(z_k).</summary>
public sealed record LogSumExp(ExprList Logits) : Expr;
