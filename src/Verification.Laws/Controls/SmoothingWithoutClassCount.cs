namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: label smoothing as (1 − ε)y + ε, the uniform share ε/n written without the division by the
/// number of classes n. The smoothed targets then sum to (1 − ε) + nε = 1 + (n − 1)ε, not 1, and the
/// label-smoothed cross-entropy gradient softmax(z) − y′, which uses them, no longer sums to zero. Its softmax
/// is the stable one, so the laws blame the smoothing alone.
/// </summary>
public static class SmoothingWithoutClassCount
{
    public static void SmoothLabels<T>(ReadOnlySpan<T> targets, Span<T> destination, T smoothing)
        where T : IFloatingPointIeee754<T>
    {
        for (var i = 0; i < targets.Length; i++)
        {
            destination[i] = ((T.One - smoothing) * targets[i]) + smoothing;
        }
    }

    public static void CrossEntropyGradient<T>(ReadOnlySpan<T> logits, ReadOnlySpan<T> targetProbabilities, Span<T> destination, T smoothing)
        where T : IFloatingPointIeee754<T>
    {
        var smoothed = new T[targetProbabilities.Length];
        SmoothLabels(targetProbabilities, smoothed, smoothing);
        StableSoftmax.Compute(logits, destination);
        for (var i = 0; i < logits.Length; i++)
        {
            destination[i] -= smoothed[i];
        }
    }
}
