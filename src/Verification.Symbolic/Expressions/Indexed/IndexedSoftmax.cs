namespace Verification.Symbolic.Expressions.Indexed;

/// <summary>Component <c>Index</c> of softmax at general n: e^(z_i) / Σ_k e^(z_k).</summary>
public sealed record IndexedSoftmax(ElementwiseVector Logits, IndexTerm Index) : Expr;
