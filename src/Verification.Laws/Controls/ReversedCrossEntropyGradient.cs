namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: the cross-entropy gradient with the sign reversed, y − softmax(z): the ascent direction, a
/// classic slip when deriving −Σ yᵢ log sᵢ by hand.
/// </summary>
public static class ReversedCrossEntropyGradient
{
    public static void CrossEntropyGradient<T>(ReadOnlySpan<T> logits, ReadOnlySpan<T> targetProbabilities, Span<T> destination)
        where T : IFloatingPointIeee754<T> =>
        StableSoftmax.Combine(logits, targetProbabilities, destination, static (s, y) => y - s);
}
