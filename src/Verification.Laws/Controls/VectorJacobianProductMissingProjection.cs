namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: the softmax vector–Jacobian product as s ⊙ g, forgetting the projection term −s⟨s, g⟩ of
/// Jᵀg = s ⊙ (g − ⟨s, g⟩). (Using J for Jᵀ would be harmless here: J is symmetric.)
/// </summary>
public static class VectorJacobianProductMissingProjection
{
    public static void SoftmaxVectorJacobianProduct<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> upstreamGradient, Span<T> destination)
        where T : IFloatingPointIeee754<T> =>
        StableSoftmax.Combine(x, upstreamGradient, destination, static (s, g) => s * g);
}
