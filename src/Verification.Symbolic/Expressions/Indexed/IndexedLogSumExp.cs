namespace Verification.Symbolic.Expressions.Indexed;

/// <summary>logsumexp at general n: log Σ_k e^(z_k).</summary>
public sealed record IndexedLogSumExp(ElementwiseVector Logits) : Expr;
