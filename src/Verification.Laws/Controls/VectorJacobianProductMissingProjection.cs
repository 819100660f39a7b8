namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: the softmax vector–Jacobian product as s ⊙ g, forgetting the projection term −s⟨s, g⟩ of
/// Jᵀg = s ⊙ (g − ⟨s, g⟩). (Using J for Jᵀ would be harmless here: J is symmetric.)
/// </summary>
public static class VectorJacobianProductMissingProjection
{
    public static void SoftmaxVectorJacobianProduct(ReadOnlySpan<float> x, ReadOnlySpan<float> upstreamGradient, Span<float> destination) =>
        ProductCore(x, upstreamGradient, destination);

    public static void SoftmaxVectorJacobianProduct(ReadOnlySpan<double> x, ReadOnlySpan<double> upstreamGradient, Span<double> destination) =>
        ProductCore(x, upstreamGradient, destination);

    private static void ProductCore<T>(ReadOnlySpan<T> x, ReadOnlySpan<T> upstreamGradient, Span<T> destination)
        where T : IFloatingPointIeee754<T> =>
        StableSoftmax.Combine(x, upstreamGradient, destination, static (s, g) => s * g);
}
