namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: log-softmax as xᵢ − log Σⱼ exp(xⱼ − m) — it shifts inside the sum for stability but forgets to
/// add m back, so it is off by m = max x for every row whose maximum is not 0. Its softmax is correct.
/// </summary>
public static class LogSoftmaxMissingMax
{
    public static void LogSoftmax<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T>
    {
        // The defect: xᵢ − log Σ exp(xⱼ − m), without adding m back.
        var (_, logSum) = StableSoftmax.MaxAndLogSumOfShifted(x);
        for (var i = 0; i < x.Length; i++)
        {
            destination[i] = x[i] - logSum;
        }
    }

    public static void Softmax<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T> => StableSoftmax.Compute(x, destination);
}
