namespace Verification.Symbolic.Expressions.Indexed;

/// <summary>Component <c>Index</c> of log-softmax at general n: z_i − logsumexp(z).</summary>
public sealed record IndexedLogSoftmax(ElementwiseVector Logits, IndexTerm Index) : Expr;
